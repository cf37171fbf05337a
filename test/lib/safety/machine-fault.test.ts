import { describe, expect, it } from 'vitest';
import { describeMachineFault, formatMegabytes, machineFault, machineFaultInText } from '../../../src/lib/safety/machine-fault.ts';

const nodeError = (code: string, path?: string) => Object.assign(new Error(`${code}: something`), { code, ...(path ? { path } : {}) });

describe('machineFault', () => {
  it('reads the fault and the path off a node error; quota counts as a full disk, EPERM as no permission', () => {
    expect(machineFault(nodeError('ENOSPC', '/mnt/usb/x'))).toEqual({ fault: 'ENOSPC', path: '/mnt/usb/x' });
    expect(machineFault(nodeError('EDQUOT'))).toEqual({ fault: 'ENOSPC', path: undefined });
    expect(machineFault(nodeError('EPERM', '/srv'))).toEqual({ fault: 'EACCES', path: '/srv' });
    expect(machineFault(nodeError('EROFS'))?.fault).toBe('EROFS');
    expect(machineFault(nodeError('ENOENT'))?.fault).toBe('ENOENT');
  });

  it('is undefined for faults of the data or the program', () => {
    expect(machineFault(nodeError('EEXIST'))).toBeUndefined();
    expect(machineFault(new Error('ukendt kommune'))).toBeUndefined();
    expect(machineFault('ENOSPC')).toBeUndefined();
    expect(machineFault(null)).toBeUndefined();
  });
});

describe('machineFaultInText', () => {
  it("finds the fault in a failed step's output, with the path it names", () => {
    expect(machineFaultInText('[build] writing\nENOSPC: no space left on device, write')).toEqual({ fault: 'ENOSPC', path: undefined });
    expect(machineFaultInText("Error: EACCES: permission denied, open '/work/x/.cache/bygning/12/index.html'")).toEqual({
      fault: 'EACCES',
      path: '/work/x/.cache/bygning/12/index.html',
    });
  });

  it('leaves ENOENT and ordinary errors alone (a missing module is no missing folder)', () => {
    expect(machineFaultInText("ENOENT: no such file or directory, open '/x/y.mjs'")).toBeUndefined();
    expect(machineFaultInText('ukendt kommune: "Fakeby"')).toBeUndefined();
  });
});

describe('describeMachineFault', () => {
  it('says in Danish what the machine refused, naming the folder', () => {
    expect(describeMachineFault('ENOSPC', '/mnt/usb/')).toBe('Disken er fuld: der er ikke plads til at skrive i /mnt/usb/.');
    expect(describeMachineFault('EACCES', '/srv/www/')).toBe('Ingen adgang: brugeren må ikke skrive i /srv/www/.');
    expect(describeMachineFault('EROFS', '/mnt/cd/')).toBe('/mnt/cd/ ligger på et skrivebeskyttet drev (kun læsning), så der kan ikke skrives.');
    expect(describeMachineFault('ENOENT', '/media/usb/')).toBe('Mappen /media/usb/ findes ikke (længere). Er drevet taget ud, eller er mappen slettet?');
  });

  it('formatMegabytes: one decimal, Danish comma', () => {
    expect(formatMegabytes(36_204_000)).toBe('36,2 MB');
    expect(formatMegabytes(0)).toBe('0,0 MB');
  });
});

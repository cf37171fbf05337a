import type { Problem } from './problem.ts';

/**
 * Line-ending faults that make a file read wrongly or hint that it is cut off: a carriage return alone in the middle
 * of a line, old-Mac files with CR only, and a last line without the line ending every other line has.
 */
export function lineEndingProblems(file: string, text: string): { breaking: Problem[]; unfinished: Problem | undefined } {
  const firstLf = text.indexOf('\n');
  const firstCr = text.indexOf('\r');
  if (firstLf === -1 && firstCr !== -1) {
    return {
      breaking: [
        {
          file,
          line: 1,
          column: firstCr + 1,
          message: 'filen bruger kun CR (vognretur) som linjeskift',
          expected: 'linjeskift som LF eller CRLF (gem filen igen som CSV)',
        },
      ],
      unfinished: undefined,
    };
  }
  const breaking: Problem[] = [];
  for (let at = firstCr; at !== -1 && breaking.length < 5; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) === 10 || insideQuotes(text, at)) continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    breaking.push({
      file,
      line: lineNumber(text, at),
      column: at - lineStart + 1,
      message: 'et løst CR-tegn (vognretur) midt i linjen deler rækken forkert',
      expected: 'fjern tegnet, eller gem filen med ét slags linjeskift',
    });
  }
  const cut = firstLf !== -1 && !text.endsWith('\n') && text.slice(text.lastIndexOf('\n') + 1).trim() !== '' && !insideQuotes(text, text.length);
  return { breaking, unfinished: cut ? unfinishedLine(file, lineNumber(text, text.length)) : undefined };
}

/** The last line (`line`) has content but not the line ending every other line has. */
export function unfinishedLine(file: string, line: number): Problem {
  return {
    file,
    line,
    message: 'sidste linje mangler det linjeskift, som alle andre linjer har – er filen afkortet?',
    expected: 'en hel fil; tilføj et linjeskift til sidst, hvis den er hel',
  };
}

function lineNumber(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** Whether a position lies inside a quoted field: an odd number of quote characters before it. */
function insideQuotes(text: string, index: number): boolean {
  let quotes = 0;
  for (let at = text.indexOf('"'); at !== -1 && at < index; at = text.indexOf('"', at + 1)) quotes++;
  return quotes % 2 === 1;
}

import { ValidateBy, ValidationOptions } from 'class-validator';

/** C0 and C1 control characters and DEL, line and paragraph separators included. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;
/** The same without CR and LF, which a description may use for its lines. */
const CONTROL_BUT_LINE_BREAKS =
  /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/u;

/**
 * Text people read as a name or a paragraph: no control characters, which break where the text goes
 * next (a calendar feed, a log line, a terminal). `lineBreaks` lets a description keep its lines.
 */
export function IsPlainText(
  { lineBreaks = false }: { lineBreaks?: boolean } = {},
  options: ValidationOptions = {},
): PropertyDecorator {
  const pattern = lineBreaks ? CONTROL_BUT_LINE_BREAKS : CONTROL;
  return ValidateBy(
    {
      name: 'isPlainText',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !pattern.test(value),
        defaultMessage: () =>
          lineBreaks
            ? '$property cannot contain control characters (line breaks are fine)'
            : '$property cannot contain control characters such as line breaks or tabs',
      },
    },
    options,
  );
}

/**
 * An error in an editor's file, said so the editor can fix it: the message
 * names the file, the field or line, and ends with a "Fix:" line. It carries no
 * stack trace, which would point into the build's own code and push the message
 * off the screen.
 */
export class EditorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EditorError";
    this.stack = "";
  }
}

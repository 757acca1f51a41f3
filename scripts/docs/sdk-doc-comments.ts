// Reads the SDK's own doc comments with the TypeScript compiler: `subsystem.method` → the comment on that method, so
// the generated guide quotes what the SDK says instead of restating it.
import path from "node:path";
import ts from "typescript";

const SDK_FILE = path.resolve(__dirname, "..", "..", "contracts", "sdk", "toju-plugin-sdk.ts");

export function sdkMethodComments(): Map<string, string> {
  const program = ts.createProgram([SDK_FILE], { target: ts.ScriptTarget.ES2022, skipLibCheck: true, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(SDK_FILE);
  if (!source) throw new Error(`cannot read ${SDK_FILE}`);
  const api = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === "TojuClientPluginApi",
  );
  if (!api) throw new Error("the SDK has no TojuClientPluginApi");
  const comments = new Map<string, string>();
  for (const member of api.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const subsystem = member.name.getText(source);
    for (const property of checker.getTypeAtLocation(member.type).getProperties()) {
      const text = ts.displayPartsToString(property.getDocumentationComment(checker)).replace(/\s+/g, " ").trim();
      comments.set(`${subsystem}.${property.getName()}`, text);
    }
  }
  return comments;
}

// Serialises read-modify-write cycles on one state file within this process: one queue per file path.
import { KeyedSerialQueue } from "@toju/contracts/async/serial-queue";

const stateFiles = new KeyedSerialQueue<string>();

export function withFileLock<T>(filePath: string, work: () => Promise<T>): Promise<T> {
  return stateFiles.run(filePath, work);
}

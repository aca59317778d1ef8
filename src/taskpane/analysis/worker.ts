/**
 * The analysis worker (bundled by webpack as its own chunk, loaded from the pane's origin): one request in,
 * one response out, plain data both ways (see ./protocol).
 */
import { answerRequest, type AnalyzeRequest } from "./protocol";

const scope = self as unknown as {
  onmessage: ((event: { data: AnalyzeRequest }) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => scope.postMessage(answerRequest(event.data));

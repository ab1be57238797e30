/**
 * The background's message router: feature modules register handlers for their messages
 * (`handle('content:hello', …)`) from their `register…()` function, and the background
 * entrypoint starts the router once, synchronously, so a woken service worker never misses
 * the message that woke it.
 */
import {
  listen,
  type Handlers,
  type MessageType,
  type PayloadOf,
  type SenderInfo,
} from '../messaging';

const handlers: Handlers = {};

/** Register the handler of one message type (one handler per type). */
export function handle<K extends MessageType>(
  type: K,
  fn: (payload: PayloadOf<K>, sender: SenderInfo) => unknown,
): void {
  if (handlers[type]) throw new Error(`two handlers for ${type}`);
  (handlers as Record<string, unknown>)[type] = fn;
}

/** Start listening; call after every feature registered its handlers. */
export function startRouter(): () => void {
  return listen(handlers);
}

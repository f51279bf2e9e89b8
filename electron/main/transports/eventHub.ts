import type { ServerResponse } from "node:http";
import type { ApiEvents, EventName } from "../../../shared/api/contract";

/** Server-sent events: every API event goes to every connected page of this server. */
export function createEventHub() {
  const clients = new Set<ServerResponse>();
  return {
    attach(response: ServerResponse, headers: Record<string, string>): void {
      response.writeHead(200, {
        ...headers,
        "Content-Type": "text/event-stream",
        "Cache-Control": "no-store",
        Connection: "keep-alive",
      });
      response.write(": connected\n\n");
      clients.add(response);
      response.on("close", () => clients.delete(response));
    },
    emit<E extends EventName>(event: E, payload: ApiEvents[E]): void {
      const frame = `data: ${JSON.stringify({ event, payload })}\n\n`;
      for (const client of clients) client.write(frame);
    },
    closeAll(): void {
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}

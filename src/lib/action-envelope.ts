// Server actions are public POST endpoints. Next.js decodes their body before our code runs, and a
// body it cannot decode (not JSON, a truncated or boundary-less multipart form, too large) ends in
// a 500. The proxy (src/proxy.ts) checks the envelope first and answers such requests with a clear
// 4xx instead; what passes is decoded by Next as usual, then validated by runAction.
// Every Levers action takes a form (FormData), which React always sends as multipart/form-data; a
// text/plain body (React's encoding of arguments without a form) is therefore never a Levers call
// and is refused with 415, well-formed JSON or not.

/** The body limit of a server action (also next.config.ts's serverActions.bodySizeLimit). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export interface EnvelopeProblem {
  status: 400 | 413 | 415;
  message: string;
}

const problem = (status: EnvelopeProblem["status"], message: string): EnvelopeProblem => ({ status, message });

/** Null when Next can decode the request's body as a server action call; otherwise the 4xx to answer. */
export async function checkActionEnvelope(
  request: Request,
  limit = ACTION_BODY_LIMIT_BYTES,
): Promise<EnvelopeProblem | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return problem(413, `The request body is larger than ${limit} bytes.`);
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  // A form posted without JavaScript is not a server action call for Next: it answers it itself.
  if (mediaType === "application/x-www-form-urlencoded") return null;
  if (mediaType !== "multipart/form-data") {
    return problem(415, "A Levers action accepts a form (multipart/form-data) only; nothing was saved.");
  }
  let body: ArrayBuffer;
  try {
    body = await request.clone().arrayBuffer();
  } catch {
    return problem(400, "The request body could not be read.");
  }
  if (body.byteLength > limit) return problem(413, `The request body is larger than ${limit} bytes.`);
  if (!/;\s*boundary=/i.test(contentType)) return problem(400, "The multipart form has no boundary.");
  try {
    await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return problem(400, "The multipart form is malformed or truncated.");
  }
  return null;
}

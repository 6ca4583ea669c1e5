import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, checkActionEnvelope } from "@/lib/action-envelope";
import { INITIAL_ACTION_STATE } from "@/lib/action-state";

// A server action is a public POST endpoint: a body Next.js could not decode gets a clear 4xx from
// the proxy, never a 500. What Next can decode passes through.

const URL_ = "http://localhost:3000/board";
const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request(URL_, { method: "POST", body, headers, duplex: "half" } as RequestInit);

async function multipart(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const encoded = new Request(URL_, { method: "POST", body: form });
  return { contentType: encoded.headers.get("content-type")!, body: await encoded.text() };
}

describe("the envelope of a server action call", () => {
  it("lets a well-formed multipart form through (every Levers action takes a form)", async () => {
    const { contentType, body } = await multipart({ title: "Loyalty app" });
    expect(await checkActionEnvelope(post(body, { "content-type": contentType }))).toBeNull();
  });

  it("reads the media type whatever its case and spacing", async () => {
    const { contentType, body } = await multipart({ title: "Loyalty app" });
    const shouted = contentType.replace("multipart/form-data", " Multipart/Form-Data ");
    expect(await checkActionEnvelope(post(body, { "content-type": shouted }))).toBeNull();
  });

  it("leaves a form posted without JavaScript to Next", async () => {
    expect(
      await checkActionEnvelope(post("not=decoded&here", { "content-type": "application/x-www-form-urlencoded" })),
    ).toBeNull();
  });

  it("refuses any other body, JSON text included, with 415 and says nothing was saved", async () => {
    for (const contentType of ["text/plain;charset=UTF-8", "application/json", "application/xml", ""]) {
      expect(await checkActionEnvelope(post('["$K1"]', { "content-type": contentType })), contentType).toEqual({
        status: 415,
        message: "A Levers action accepts a form (multipart/form-data) only; nothing was saved.",
      });
    }
  });

  it("refuses a body over the limit with 413, whether declared or sent; the limit itself passes", async () => {
    expect(ACTION_BODY_LIMIT_BYTES).toBe(1_048_576);
    const { contentType, body } = await multipart({ title: "Loyalty app" });
    const size = new TextEncoder().encode(body).byteLength;
    expect(await checkActionEnvelope(post(body, { "content-type": contentType }), size)).toBeNull();
    expect(await checkActionEnvelope(post(body, { "content-type": contentType }), size - 1)).toEqual({
      status: 413,
      message: `The request body is larger than ${size - 1} bytes.`,
    });
    const declared = { "content-type": contentType, "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) };
    expect(await checkActionEnvelope(post(body, declared))).toEqual({
      status: 413,
      message: `The request body is larger than ${ACTION_BODY_LIMIT_BYTES} bytes.`,
    });
  });

  it("refuses a multipart form with no boundary, or cut short, with 400", async () => {
    const { contentType, body } = await multipart({ title: "Loyalty app", description: "Points for visits" });
    expect(await checkActionEnvelope(post(body, { "content-type": "multipart/form-data" }))).toEqual({
      status: 400,
      message: "The multipart form has no boundary.",
    });
    const boundary = contentType.split("boundary=")[1]!;
    expect(
      await checkActionEnvelope(post(body, { "content-type": `multipart/form-data;BOUNDARY=${boundary}` })),
    ).toBeNull();
    expect(await checkActionEnvelope(post(body.slice(0, body.length / 2), { "content-type": contentType }))).toEqual({
      status: 400,
      message: "The multipart form is malformed or truncated.",
    });
  });

  it("answers 400 when the body cannot be read at all", async () => {
    const broken = new ReadableStream({
      pull(controller) {
        controller.error(new Error("connection reset"));
      },
    });
    expect(await checkActionEnvelope(post(broken, { "content-type": "multipart/form-data; boundary=x" }))).toEqual({
      status: 400,
      message: "The request body could not be read.",
    });
  });
});

describe("a form's first state", () => {
  it("has no message, no field errors and nothing typed yet", () => {
    expect(INITIAL_ACTION_STATE).toEqual({ ok: false, message: null, fieldErrors: {}, values: {} });
  });
});

// ApiHttpError: a coded error whose code fixes the HTTP status, rendered as an ApiError body within the contract's caps.
import { CodedError } from "@toju/contracts/errors/coded-error";
import { errorBodyLimit } from "@toju/generated/types/constants";
import { validateApiError } from "@toju/generated/validators";
import { ApiHttpError, forbidden, invalidRequest, notFound, unauthenticated } from "./api-error";

it("is a CodedError named ApiHttpError whose code gives the status", () => {
  const error = forbidden("no");
  expect(error).toBeInstanceOf(CodedError);
  expect(error).toBeInstanceOf(Error);
  expect({ name: error.name, code: error.code, status: error.status, message: error.message }).toEqual({
    name: "ApiHttpError",
    code: "forbidden",
    status: 403,
    message: "no",
  });
  expect([invalidRequest("x").status, unauthenticated().status, notFound("x").status, new ApiHttpError("gone", "x").status]).toEqual([
    400, 401, 404, 410,
  ]);
});

it("renders a body within the caps of ApiError, without empty details", () => {
  const long = "m".repeat(errorBodyLimit.messageLength + 10);
  const details = Array.from({ length: errorBodyLimit.apiErrorDetails + 5 }, (_, i) => ({
    path: `/body/${"p".repeat(errorBodyLimit.detailTextLength)}${i}`,
    message: "d".repeat(errorBodyLimit.detailTextLength + 1),
  }));
  const body = invalidRequest(long, details).toBody();
  expect(validateApiError(body)).toBe(true);
  expect(body.message).toHaveLength(errorBodyLimit.messageLength);
  expect(body.details).toHaveLength(errorBodyLimit.apiErrorDetails);
  expect(body.details![0].path).toHaveLength(errorBodyLimit.detailTextLength);
  expect(invalidRequest("x", []).toBody()).toEqual({ code: "invalid_request", message: "x" });
});

import { Type, type Static } from '@sinclair/typebox'

/** One failing field: a JSON pointer into the request (`/body/title`, `/query/limit`) and why. */
export const ProblemIssueSchema = Type.Object({
  pointer: Type.String({ description: 'RFC 6901 pointer into the request, e.g. /body/title.' }),
  message: Type.String(),
})

/**
 * RFC 9457 problem details as Duration sends them. Documented once as the `Problem` component of
 * the OpenAPI document and referenced by every operation's 4XX/5XX responses.
 */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'Stable URI of the problem kind: urn:duration:problem:<code>.' }),
    title: Type.String({ description: 'Short summary of the problem kind.' }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String({ description: 'What went wrong this time; never stack traces or SQL.' }),
    instance: Type.Optional(Type.String({ description: 'Path of the request that failed.' })),
    requestId: Type.String({ description: 'Also in the x-request-id header and every server log line.' }),
    errors: Type.Optional(Type.Array(ProblemIssueSchema, { description: 'Failing fields (validation_failed).' })),
  },
  { additionalProperties: true, description: 'RFC 9457 problem details (application/problem+json).' },
)

export type ProblemBody = Static<typeof ProblemSchema>

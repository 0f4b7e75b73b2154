import { describe, expect, it } from 'vitest';
import { handler, wholeStage } from '../../infra/authorizer/handler.js';

const METHOD_ARN = 'arn:aws:execute-api:eu-west-2:123456789012:abc123/prod/GET/v1/holds/h-1';

describe('the token authorizer', () => {
  it('allows the whole stage, so a cached answer fits every method', () => {
    expect(wholeStage(METHOD_ARN)).toBe('arn:aws:execute-api:eu-west-2:123456789012:abc123/prod/*');
  });

  it('refuses a header that is not a bearer token with Unauthorized (401)', async () => {
    await expect(
      handler({ type: 'TOKEN', authorizationToken: 'Basic dXNlcjpwYXNz', methodArn: METHOD_ARN }),
    ).rejects.toThrow(/^Unauthorized$/);
  });

  it('refuses a malformed token with Unauthorized (401), not an error API Gateway would call a 500', async () => {
    await expect(
      handler({ type: 'TOKEN', authorizationToken: 'Bearer not.a.jwt', methodArn: METHOD_ARN }),
    ).rejects.toThrow(/^Unauthorized$/);
  });
});

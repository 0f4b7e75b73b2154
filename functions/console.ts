import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { cognitoVerifier } from '../shared/http/cognito.js';
import { makeDeps } from '../shared/http/deps.js';
import { createRouter, type Router } from '../shared/http/router.js';
import { DEPLOYED_ROUTES } from '../shared/http/routes.js';
import { recordSignals } from '../shared/observability/business.js';
import { lambdaMetrics } from '../shared/observability/metrics.js';
import { fromApiGateway, toApiGateway } from '../web/app/http.js';
import { createWebApp, type WebApp } from '../web/app/index.js';

/**
 * The console's Lambda: the same web/ code as the local server, calling the whole deployed route
 * table in-process with the signed-in person's Cognito ID token (so the API's own checks apply).
 * Behind CloudFront (infra/console.ts), which serves /assets from S3.
 */
const env = process.env;
const region = env.AWS_REGION ?? 'eu-west-2';
const userPoolId = env.USER_POOL_ID ?? 'unset';
const deps = makeDeps({
  tableName: env.TABLE_NAME ?? 'secure-beds',
  // The console sends only its signed-in person's ID token, from its own client.
  verifier: cognitoVerifier({
    userPoolId,
    peopleClientIds: env.OIDC_CLIENT_ID ? [env.OIDC_CLIENT_ID] : [],
    providerClientIds: [],
  }),
  holdMinutes: Number(env.HOLD_MINUTES ?? 120),
  rateLimit: env.RATE_LIMIT ? Number(env.RATE_LIMIT) : undefined,
});
const routes = createRouter(DEPLOYED_ROUTES, deps);
// Counted as the API's functions are (functions/lambda.ts): people act through the console.
// One `service` dimension for business signals, whichever function served the call (the dashboard reads it).
const metrics = lambdaMetrics('secure-beds');
const router: Router = {
  ...routes,
  async handle(event) {
    const reply = await routes.handle(event);
    recordSignals(metrics, event, reply);
    return reply;
  },
};

/**
 * The client secret is kept in Secrets Manager and read once per container through the AWS
 * Parameters and Secrets Lambda Extension (a local HTTP endpoint), so it is never in the template.
 */
async function clientSecret(): Promise<string> {
  const url = `http://localhost:2773/secretsmanager/get?secretId=${encodeURIComponent(env.OIDC_CLIENT_SECRET_ARN ?? '')}`;
  const reply = await fetch(url, {
    headers: { 'X-Aws-Parameters-Secrets-Token': env.AWS_SESSION_TOKEN ?? '' },
  });
  if (!reply.ok) throw new Error(`the client secret could not be read (${reply.status})`);
  return ((await reply.json()) as { SecretString: string }).SecretString;
}

let app: Promise<WebApp> | undefined;
const appOnce = () => {
  app ??= clientSecret().then((secret) =>
    createWebApp(deps, router, {
      publicUrl: env.CONSOLE_URL,
      oidc: {
        issuer: `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`,
        clientId: env.OIDC_CLIENT_ID ?? '',
        clientSecret: secret,
        publicUrl: env.CONSOLE_URL ?? '',
        logoutUrl: env.OIDC_LOGOUT_URL || undefined,
      },
    }),
  );
  app.catch(() => {
    app = undefined;
  });
  return app;
};

export async function handler(event: APIGatewayProxyEvent, context: Context): Promise<APIGatewayProxyResult> {
  deps.logger.addContext(context);
  try {
    return toApiGateway(await (await appOnce())(fromApiGateway(event)));
  } finally {
    deps.logger.resetKeys();
  }
}

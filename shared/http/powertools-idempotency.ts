import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyValidationError,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { Context } from 'aws-lambda';
import { IdempotencyInProgress, IdempotencyKeyReused, Unavailable } from '../domain/errors.js';
import { IDEMPOTENCY_PK } from '../store/keys.js';
import type { IdempotencyFactory, Reply } from './types.js';

/**
 * Powertools idempotency over our own table (records under one static partition, expiring after
 * 24 h through the table's TTL attribute), keyed by caller + route + key, validated by body hash.
 * In its own module so that only the Lambdas with idempotent routes bundle Powertools idempotency
 * and its JMESPath engine (about 45 KB).
 */
export const powertoolsIdempotency: IdempotencyFactory = (client, tableName) => {
  const persistenceStore = new DynamoDBPersistenceLayer({
    tableName,
    awsSdkV3Client: client,
    keyAttr: 'pk',
    sortKeyAttr: 'sk',
    staticPkValue: IDEMPOTENCY_PK,
  });
  const config = new IdempotencyConfig({
    eventKeyJmesPath: 'idempotencyKey',
    payloadValidationJmesPath: 'body',
    throwOnNoIdempotencyKey: true,
    expiresAfterSeconds: 24 * 3600,
  });
  // API Gateway gives up on an integration after 29 s; an in-progress record older than that is abandoned.
  config.registerLambdaContext({ getRemainingTimeInMillis: () => 29_000 } as Context);
  const runOnce = makeIdempotent(
    async (_payload: { idempotencyKey: string; body: unknown }, work: () => Promise<Reply>) => {
      const reply = await work();
      return { status: reply.status, body: reply.body ?? null, headers: reply.headers ?? {} };
    },
    { persistenceStore, config, dataIndexArgument: 0 },
  );
  return {
    async run(scope, work) {
      let done: Reply | undefined;
      const tracked = async () => {
        done = await work();
        return done;
      };
      try {
        const out = (await runOnce(
          { idempotencyKey: `${scope.caller}|${scope.route}|${scope.key}`, body: scope.body ?? null },
          tracked,
        )) as Reply;
        return out;
      } catch (error) {
        if (done && error instanceof Error && error.name === 'IdempotencyPersistenceLayerError') {
          // The work ran to the end and its change is stored; only remembering its answer failed.
          // That answer is the truth: a 503 ("nothing was changed") would invite a retry that
          // repeats the work once the in-progress record lapses.
          return { status: done.status, body: done.body ?? null, headers: done.headers ?? {} };
        }
        if (error instanceof IdempotencyValidationError) {
          throw new IdempotencyKeyReused('This Idempotency-Key was used with a different request body');
        }
        if (error instanceof IdempotencyAlreadyInProgressError) {
          throw new IdempotencyInProgress(
            'A request with this Idempotency-Key is still in progress: retry shortly',
          );
        }
        if (error instanceof Error && error.name.startsWith('Idempotency')) {
          // The idempotency record could not be read or written: nothing of ours ran to completion.
          throw new Unavailable('The store failed; retry with the same Idempotency-Key');
        }
        throw error;
      }
    },
  };
};

import { type Prisma, PrismaClient } from '../generated/prisma/client.ts';
import { openConnection, type Connection, type ConnectionOptions } from './connection.ts';

export interface CreatePrismaClientOptions extends ConnectionOptions {
  /**
   * Prisma's own logging (`['warn', 'error']` by default). Note: for counting SQL statements prefer
   * `onQuery`, which sees every statement of both drivers, including those inside transactions.
   */
  log?: Prisma.PrismaClientBaseOptions['log'];
  /** Extra Prisma client options (`transactionOptions`, `omit`, …). */
  clientOptions?: Omit<Prisma.PrismaClientBaseOptions, 'log'>;
}

/** A Prisma client with the connection it runs on. */
export interface Database extends Connection {
  readonly prisma: PrismaClient;
  /** Disconnect the Prisma client and close the embedded database (if this opened it). Idempotent. */
  close(): Promise<void>;
}

/**
 * Create a Prisma client on the database the options (else the environment) point at; see
 * `connection.ts`. Does not apply migrations: use `openDatabase` for that.
 */
export async function createPrismaClient(options: CreatePrismaClientOptions = {}): Promise<Database> {
  const connection = await openConnection(options);
  return clientOn(connection, options);
}

/** A Prisma client on an already open connection; `close()` also closes the connection. */
export function clientOn(connection: Connection, options: CreatePrismaClientOptions = {}): Database {
  const prisma = new PrismaClient({
    ...options.clientOptions,
    // An interactive transaction waits up to 20 s for a connection of the pool (Prisma's default is 2 s), so that a
    // burst of writes on a busy server queues instead of failing with P2028 "Unable to start a transaction in the
    // given time", an INTERNAL_SERVER_ERROR: 20 identical approvals at once (transfers.test.ts) got it at load ~25.
    // A command that may take long sets its own, longer limits.
    transactionOptions: { maxWait: 20_000, ...options.clientOptions?.transactionOptions },
    adapter: connection.adapterFactory,
    log: options.log ?? ['warn', 'error'],
  });
  let closing: Promise<void> | undefined;
  return {
    kind: connection.kind,
    description: connection.description,
    pglite: connection.pglite,
    adapterFactory: connection.adapterFactory,
    onQuery: (listener) => connection.onQuery(listener),
    prisma,
    close: () => {
      closing ??= (async () => {
        try {
          await prisma.$disconnect();
        } finally {
          await connection.close();
        }
      })();
      return closing;
    },
  };
}

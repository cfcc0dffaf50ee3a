import { currentTransaction } from '../config/transaction-context.js';
import type { Keychain } from './keychain.js';

/**
 * The keychain as one part of the command's transaction: a set happens now
 * (the files about to land refer to it) with its undo recorded and the
 * journal written first; a delete is checked now (the keychain must answer)
 * and done once the files have landed, so nothing ever refers to a missing item.
 */
export function transactional(keychain: Keychain): Keychain {
  const tx = currentTransaction();
  if (!tx) return keychain;
  return {
    ...keychain,
    async set(account, secret) {
      const before = await keychain.get(account);
      tx.keychain.push({
        account,
        existedBefore: before !== undefined,
        undo: async () => {
          if (before === undefined) await keychain.delete(account);
          else await keychain.set(account, before);
        },
      });
      await tx.prepare();
      await keychain.set(account, secret);
    },
    async delete(account) {
      const before = await keychain.get(account);
      if (before === undefined) return false;
      tx.afterCommit.push(async () => {
        await keychain.delete(account);
      });
      return true;
    },
  };
}

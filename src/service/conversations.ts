import type { Understanding } from '../answer/index.js';

export interface ConversationLimits {
  ttlMs: number;
  maxConversations: number;
  maxTurns: number;
}

export interface Turn {
  question: string;
  understanding: Understanding;
  at: number;
}

/**
 * Server-side conversation state: the previous turn, so follow-ups ("那去年呢？") resolve. Async, so that state
 * shared by every isolate of a Worker (D1) implements it as well as this process's memory.
 */
export interface Conversations {
  /** The latest turn, unless the conversation expired. */
  last(id: string): Promise<Turn | undefined>;
  append(id: string, turn: Turn): Promise<void>;
}

/**
 * Conversations in this process's memory (the Node server). Expires after a TTL, keeps at most `maxConversations`
 * (least recently used dropped) and `maxTurns` turns each.
 */
export class MemoryConversations implements Conversations {
  private readonly map = new Map<string, { turns: Turn[]; touched: number }>();

  constructor(
    private readonly limits: ConversationLimits,
    private readonly now: () => number = Date.now,
  ) {}

  async last(id: string): Promise<Turn | undefined> {
    return this.turns(id).at(-1);
  }

  /** Turns so far, oldest first. */
  turns(id: string): Turn[] {
    const entry = this.map.get(id);
    if (!entry) return [];
    if (this.now() - entry.touched > this.limits.ttlMs) {
      this.map.delete(id);
      return [];
    }
    return [...entry.turns];
  }

  async append(id: string, turn: Turn): Promise<void> {
    const entry = this.map.get(id) ?? { turns: [], touched: 0 };
    this.map.delete(id);
    entry.turns.push(turn);
    if (entry.turns.length > this.limits.maxTurns) entry.turns.splice(0, entry.turns.length - this.limits.maxTurns);
    entry.touched = this.now();
    this.map.set(id, entry);
    while (this.map.size > this.limits.maxConversations) this.map.delete(this.map.keys().next().value!);
  }

  get size(): number {
    return this.map.size;
  }
}

/** The limits the servers use: 30 minutes, 10,000 conversations, 20 turns each. */
export const CONVERSATION_LIMITS: ConversationLimits = { ttlMs: 30 * 60_000, maxConversations: 10_000, maxTurns: 20 };

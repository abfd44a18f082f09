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
 * Server-side conversation state: the previous turns, so follow-ups ("那去年呢？") resolve.
 * Expires after a TTL, keeps at most `maxConversations` (least recently used dropped) and `maxTurns` turns each.
 */
export class ConversationStore {
  private readonly map = new Map<string, { turns: Turn[]; touched: number }>();

  constructor(
    private readonly limits: ConversationLimits,
    private readonly now: () => number = Date.now,
  ) {}

  last(id: string): Turn | undefined {
    const entry = this.map.get(id);
    if (!entry) return undefined;
    if (this.now() - entry.touched > this.limits.ttlMs) {
      this.map.delete(id);
      return undefined;
    }
    return entry.turns[entry.turns.length - 1];
  }

  /** Turns so far, oldest first (for the staff hand-over). */
  turns(id: string): Turn[] {
    return this.last(id) ? [...this.map.get(id)!.turns] : [];
  }

  append(id: string, turn: Turn): void {
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

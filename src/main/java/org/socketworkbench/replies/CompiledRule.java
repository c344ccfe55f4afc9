package org.socketworkbench.replies;

import org.socketworkbench.payloads.PayloadTemplate;

import java.util.concurrent.atomic.AtomicLong;

/** A checked rule, ready to run, with its hit counter (shared by every connection of a socket). */
record CompiledRule(ReplyRule source, MessageMatcher matcher, PayloadTemplate reply, AtomicLong hits) {
}

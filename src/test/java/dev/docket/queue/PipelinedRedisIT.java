package dev.docket.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.job.JobIds;
import dev.docket.support.RedisServerExtension;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shared pipelined connection the worker and web roles send their transitions over, against a real
 * redis-server: many callers on one socket each get their own reply, connection-stateful commands are
 * refused, and after Redis goes away and comes back the next call reconnects.
 */
class PipelinedRedisIT {
  @RegisterExtension
  static final RedisServerExtension REDIS_SERVER = new RedisServerExtension();
  Vertx vertx;
  PipelinedRedis redis;

  @BeforeEach
  void connect() {
    vertx = Vertx.vertx();
    redis = new PipelinedRedis(new RedisClients(vertx, REDIS_SERVER.url()).pipelined());
  }

  @AfterEach
  void close() throws Exception {
    redis.close().await(10, TimeUnit.SECONDS);
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  @Test
  void concurrentCallersOnOneConnectionEachGetTheirOwnReply() throws Exception {
    String key = "p-" + JobIds.randomToken(6);
    List<Future<Response>> replies = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      replies.add(redis.send(Request.cmd(Command.ECHO).arg("n" + i)));
      redis.send(Request.cmd(Command.INCR).arg(key));
    }
    Future.all(replies).await(20, TimeUnit.SECONDS);
    for (int i = 0; i < replies.size(); i++) {
      assertEquals("n" + i, replies.get(i).result().toString());
    }
    assertEquals(2_000, redis.send(Request.cmd(Command.GET).arg(key)).await().toInteger());
    long clients = clientCount();
    assertTrue(clients <= 2, "one shared socket (plus at most the CLIENT LIST caller's), was " + clients);
  }

  @Test
  void blockingSubscribingAndTransactionCommandsAreRefused() {
    for (Command refused : List.of(Command.BRPOPLPUSH, Command.SUBSCRIBE, Command.MULTI, Command.WAIT)) {
      CompletionException thrown = assertThrows(CompletionException.class,
          () -> redis.send(Request.cmd(refused).arg("x")).toCompletionStage().toCompletableFuture().join());
      assertInstanceOf(IllegalArgumentException.class, thrown.getCause(), refused.toString());
    }
    assertThrows(Exception.class, () -> redis.connect().await(), "no connection of one's own");
  }

  @Test
  void reconnectsOnTheNextCallAfterRedisIsRestarted() throws Exception {
    assertEquals("PONG", redis.send(Request.cmd(Command.PING)).await().toString());
    REDIS_SERVER.kill();
    assertThrows(Exception.class, () -> redis.send(Request.cmd(Command.PING)).await(5, TimeUnit.SECONDS),
        "a call while Redis is down fails (callers back off and retry)");
    REDIS_SERVER.restart();
    Response pong = null;
    long deadline = System.currentTimeMillis() + 10_000;
    while (pong == null && System.currentTimeMillis() < deadline) {
      try {
        pong = redis.send(Request.cmd(Command.PING)).await(5, TimeUnit.SECONDS);
      } catch (Exception stillDown) {
        Thread.sleep(100);
      }
    }
    assertEquals("PONG", String.valueOf(pong));
  }

  private long clientCount() throws Exception {
    String list = redis.send(Request.cmd(Command.INFO).arg("clients")).await().toString();
    return list.lines().filter(l -> l.startsWith("connected_clients:")).mapToLong(l -> Long.parseLong(l.split(":")[1].trim()))
        .findFirst().orElseThrow();
  }
}

package org.jaywalk.framework.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.tensorflow.Operand;
import org.tensorflow.types.TFloat32;

/**
 * Builds the towers of a data-parallel graph in lockstep, so that a layer of one tower can use a value that
 * depends on every tower's input to that layer (synchronized batch norm needs the whole batch's statistics
 * before any tower can continue past its batch-norm layer).
 *
 * <p>Each tower is built by its own thread, but only one thread adds ops at a time: a turn passes from tower 0
 * to tower 1 and so on. A tower that asks for a {@linkplain #reduction(int) cross-tower sum} hands the turn on;
 * when the last tower arrives, the sum is built and the turn returns to tower 0. The graph is therefore built in
 * the same order on every run (same op names, same random seeds), and TensorFlow's graph is never mutated from
 * two threads at once. Every tower must ask for the same number of sums, as replicas of one model do.
 */
final class TowerLockstep {

    private final int towers;
    private final Function<List<Operand<TFloat32>>, Operand<TFloat32>> combine;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Operand<?>[] partials;
    private int turn;
    private int arrived;
    private int finished;
    private long round;
    private Operand<TFloat32> roundResult;
    private Throwable failure;

    /**
     * @param combine builds the sum of the towers' partial values, given in tower order
     */
    TowerLockstep(int towers, Function<List<Operand<TFloat32>>, Operand<TFloat32>> combine) {
        this.towers = towers;
        this.combine = combine;
        this.partials = new Operand<?>[towers];
    }

    /** The cross-tower sum as seen by tower {@code index}; use only from that tower's build. */
    TowerReduction reduction(int index) {
        return partial -> exchange(index, partial);
    }

    /**
     * Builds every tower, each on its own thread, and returns them in tower order.
     *
     * @throws RuntimeException the first failure of any tower's build (the others are abandoned)
     */
    <T> List<T> run(IntFunction<T> buildTower) {
        Object[] built = new Object[towers];
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < towers; k++) {
            int index = k;
            Thread t = new Thread(() -> buildOne(index, buildTower, built), "tower-" + k);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
                throw new IllegalStateException("interrupted while building the towers", e);
            }
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("building the towers failed", failure);
        }
        @SuppressWarnings("unchecked")
        List<T> result = (List<T>) Arrays.asList(built);
        return result;
    }

    private <T> void buildOne(int index, IntFunction<T> buildTower, Object[] built) {
        try {
            lock.lock();
            try {
                awaitTurn(index, round);
            } finally {
                lock.unlock();
            }
            built[index] = buildTower.apply(index);
            lock.lock();
            try {
                finish(index);
            } finally {
                lock.unlock();
            }
        } catch (Abandoned e) {
            // another tower failed first; its failure is reported
        } catch (Throwable t) {
            fail(t);
        }
    }

    private Operand<TFloat32> exchange(int index, Operand<TFloat32> partial) {
        lock.lock();
        try {
            if (finished > 0) {
                throw new IllegalStateException("tower " + index + " asks for a cross-tower sum that another tower "
                        + "never asked for: towers must be replicas of one model");
            }
            partials[index] = partial;
            arrived++;
            long mine = round;
            if (index == towers - 1) {
                if (arrived != towers) {
                    throw new IllegalStateException("towers asked for different numbers of cross-tower sums");
                }
                List<Operand<TFloat32>> parts = new ArrayList<>();
                for (Operand<?> p : partials) {
                    @SuppressWarnings("unchecked")
                    Operand<TFloat32> f = (Operand<TFloat32>) p;
                    parts.add(f);
                }
                roundResult = combine.apply(parts);
                Arrays.fill(partials, null);
                arrived = 0;
                round++;
                turn = 0;
            } else {
                turn = index + 1;
            }
            changed.signalAll();
            awaitTurn(index, mine + 1);
            return roundResult;
        } finally {
            lock.unlock();
        }
    }

    /** Waits (holding the lock) until it is {@code index}'s turn in round {@code atLeastRound} or later. */
    private void awaitTurn(int index, long atLeastRound) {
        while (failure == null && (turn != index || round < atLeastRound)) {
            changed.awaitUninterruptibly();
        }
        if (failure != null) {
            throw new Abandoned();
        }
    }

    private void finish(int index) {
        if (arrived > 0) {
            throw new IllegalStateException("tower " + index + " finished while other towers wait for a cross-tower "
                    + "sum: towers must be replicas of one model");
        }
        finished++;
        turn = index + 1;
        changed.signalAll();
    }

    private void fail(Throwable t) {
        lock.lock();
        try {
            if (failure == null) {
                failure = t;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Thrown in a tower's thread when another tower has failed. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }
}

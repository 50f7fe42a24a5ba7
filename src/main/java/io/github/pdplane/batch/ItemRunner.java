package io.github.pdplane.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs one task per item on a few worker threads and returns the results in item order, so that what
 * a job assembles from them does not depend on the thread count or on which worker finished first.
 * <p>
 * Workers take the next item index from a shared counter: nothing is queued ahead, so at most one item
 * per worker is open at a time, and the items themselves are indices (a task opens its images and lets
 * go of them when it returns). The stop condition is checked before each item.
 */
final class ItemRunner
{
	private ItemRunner()
	{}

	/** The work of one item; its result is kept until the end of the run, so it should be small. */
	interface Task< T >
	{
		T run( int item );
	}

	/** What a run returns: a result per item, and whether every item ran. */
	static final class Outcome< T >
	{
		private final List< T > results;

		private final boolean complete;

		Outcome( final List< T > results, final boolean complete )
		{
			this.results = results;
			this.complete = complete;
		}

		/** In item order; {@code null} for items not run (after a stop). */
		List< T > results()
		{
			return results;
		}

		/** False where the run stopped (cancel, interrupt) before every item had run. */
		boolean complete()
		{
			return complete;
		}
	}

	/**
	 * Runs a task for each of items {@code 0..count-1} on {@code threads} threads (on the calling
	 * thread where one is enough). Each worker takes its own task from {@code tasks} before its first
	 * item, so that a task can keep state for a worker's whole run (the arrays it reads images into)
	 * without sharing it between threads. An interrupt of the calling thread stops the run like {@code stop}; the
	 * interrupt flag is restored. An unexpected exception or error of a task stops the run and is
	 * rethrown here, after every worker has finished.
	 */
	static < T > Outcome< T > run( final int count, final int threads, final Supplier< Task< T > > tasks, final BooleanSupplier stop )
	{
		final AtomicReferenceArray< T > results = new AtomicReferenceArray<>( count );
		final AtomicInteger next = new AtomicInteger();
		final AtomicInteger finished = new AtomicInteger();
		final AtomicReference< Throwable > error = new AtomicReference<>();
		final AtomicBoolean interrupted = new AtomicBoolean();
		final Runnable worker = () -> {
			final Task< T > task = tasks.get();
			while ( error.get() == null && !interrupted.get() && !Thread.currentThread().isInterrupted() && !stop.getAsBoolean() )
			{
				final int item = next.getAndIncrement();
				if ( item >= count )
					return;
				try
				{
					results.set( item, task.run( item ) );
					finished.incrementAndGet();
				}
				catch ( final Throwable t )
				{
					error.compareAndSet( null, t );
				}
			}
		};
		final int workers = Math.max( 1, Math.min( threads, count ) );
		if ( workers == 1 )
			worker.run();
		else
			runOnPool( workers, worker, interrupted );
		final Throwable t = error.get();
		if ( t instanceof RuntimeException )
			throw ( RuntimeException ) t;
		if ( t instanceof Error )
			throw ( Error ) t;
		if ( t != null )
			throw new IllegalStateException( t );
		final List< T > list = new ArrayList<>( count );
		for ( int i = 0; i < count; i++ )
			list.add( results.get( i ) );
		return new Outcome<>( list, finished.get() == count );
	}

	private static void runOnPool( final int workers, final Runnable worker, final AtomicBoolean interrupted )
	{
		final ExecutorService pool = Executors.newFixedThreadPool( workers, daemonThreads() );
		try
		{
			final List< Future< ? > > futures = new ArrayList<>();
			for ( int w = 0; w < workers; w++ )
				futures.add( pool.submit( worker ) );
			for ( final Future< ? > f : futures )
				awaitUninterruptibly( f, interrupted );
			if ( interrupted.get() )
				Thread.currentThread().interrupt();
		}
		finally
		{
			pool.shutdown();
		}
	}

	/**
	 * Waits for a worker; an interrupt asks every worker to stop after its current item and keeps
	 * waiting for them, so that no worker still holds images (or writes anything) once the run returns.
	 */
	private static void awaitUninterruptibly( final Future< ? > future, final AtomicBoolean interrupted )
	{
		while ( true )
		{
			try
			{
				future.get();
				return;
			}
			catch ( final InterruptedException e )
			{
				interrupted.set( true );
			}
			catch ( final ExecutionException e )
			{
				throw new IllegalStateException( "a worker failed outside its task", e.getCause() );
			}
		}
	}

	private static ThreadFactory daemonThreads()
	{
		final AtomicInteger number = new AtomicInteger();
		return r -> {
			final Thread t = new Thread( r, "pdplane-worker-" + number.incrementAndGet() );
			t.setDaemon( true );
			return t;
		};
	}
}

package io.github.pdplane.catalogue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One kind of bad input in the {@link BadInputCatalogue}: what a person gave, what PD Plane must answer (refuse
 * with exit 1, refuse as a usage error with exit 2, or score with a warning), and the words of that answer: the
 * input it names and the rule it states. The fixture writes the input into a fresh folder and says how each entry
 * point takes it.
 */
public final class BadInput
{
	/** What PD Plane does with the input, with the command line's exit code for it. */
	public enum Outcome
	{
		/** Refused: a message naming the input and the rule; exit 1 on the command line. */
		REFUSED( 1 ),
		/** Refused before any work as a usage error; exit 2 on the command line. */
		USAGE( 2 ),
		/** Scored, with a warning naming the input and the rule; exit 0. */
		WARNED( 0 );

		public final int exit;

		Outcome( final int exit )
		{
			this.exit = exit;
		}
	}

	/** The ways into PD Plane, each of which a kind of bad input reaches where it has a counterpart there. */
	public enum EntryPoint
	{
		/** Programs: the classes of the plugin jar called directly ({@code PdPlane}, the builders, the jobs, the readers). */
		LIBRARY( "library" ),
		/** The SciJava commands, run with their parameters as Fiji's scripts run them. */
		COMMANDS( "commands" ),
		/** The ImageJ 1.x menu entries run by a macro with its options (key=value). */
		MACROS( "macros" ),
		/** The command line. */
		CLI( "CLI" );

		/** The entry point's name in the README's catalogue. */
		public final String label;

		EntryPoint( final String label )
		{
			this.label = label;
		}
	}

	/** Writes the bad input into an empty folder and says how each entry point takes it. */
	@FunctionalInterface
	public interface Fixture
	{
		Invocation make( Path dir ) throws IOException;
	}

	/**
	 * A bad input as the entry points take it: the command line's arguments; where the input is a pair of images
	 * (or one image for a no-reference metric), that {@link Pair} for the library, the SciJava commands and the
	 * macros; otherwise the library's {@link LibraryCall} and the command's (and macro's) {@link CommandCall} where
	 * they have a counterpart.
	 */
	public static final class Invocation
	{
		public final List< String > arguments;

		/** The images and settings, or null where the input is not a pair of image files. */
		public final Pair pair;

		/** The text the message must contain to name the input: a file name, an option, a value. */
		public final String named;

		/** The library's call of the same input, or null (a pair, or no counterpart in the library). */
		public final LibraryCall library;

		/** The SciJava command (and the macro's menu entry) given the same input, or null. */
		public final CommandCall command;

		private Invocation( final List< String > arguments, final Pair pair, final String named, final LibraryCall library,
				final CommandCall command )
		{
			this.arguments = Collections.unmodifiableList( arguments );
			this.pair = pair;
			this.named = named;
			this.library = library;
			this.command = command;
		}

		/** Command-line arguments only; {@code named} is what the message names. */
		public static Invocation arguments( final String named, final String... arguments )
		{
			return new Invocation( Arrays.asList( arguments ), null, named, null, null );
		}

		/** A pair of image files, scored by every entry point; the message names the restored image's file name. */
		public static Invocation pair( final Pair pair )
		{
			return new Invocation( pair.commandLine(), pair, pair.blamed.getFileName().toString(), null, null );
		}

		/** This invocation, and the library's call of the same input. */
		public Invocation library( final LibraryCall call )
		{
			return new Invocation( arguments, pair, named, call, command );
		}

		/** This invocation, and the command's (and the macro's) of the same input. */
		public Invocation command( final CommandCall call )
		{
			return new Invocation( arguments, pair, named, library, call );
		}
	}

	/**
	 * What a program does with the input through the library: a refusal throws a {@code PdPlaneException}; a run that
	 * goes on returns the messages it reported (a batch result's failures).
	 */
	@FunctionalInterface
	public interface LibraryRun
	{
		List< String > run() throws IOException;
	}

	/** The library's call of a bad input, and what its message names where that differs from the command line's. */
	public static final class LibraryCall
	{
		public final LibraryRun run;

		/** What the message must contain to name the input, or null for the command line's. */
		public final String named;

		private LibraryCall( final LibraryRun run, final String named )
		{
			this.run = run;
			this.named = named;
		}

		public static LibraryCall of( final LibraryRun run )
		{
			return new LibraryCall( run, null );
		}

		/** The call whose message names {@code input} (where the command line names the option, the library the value). */
		public static LibraryCall naming( final String input, final LibraryRun run )
		{
			return new LibraryCall( run, input );
		}
	}

	/** An image file that the commands test opens as ImageJ opens it, and a macro opens and gives by its title. */
	public static final class OpenImage
	{
		public final Path file;

		public OpenImage( final Path file )
		{
			this.file = file;
		}
	}

	/**
	 * A SciJava command of PD Plane with its inputs, and the same as a macro's call of its menu entry: each input by
	 * the command's parameter name (the macro's key is that name in snake case), its value a String, a number, a
	 * Boolean (a macro gives the key of a true one alone), a {@link Path} (a file or folder parameter) or an
	 * {@link OpenImage}.
	 */
	public static final class CommandCall
	{
		/** The command's class, in {@code io.github.pdplane.commands}: {@code EvaluateAlgorithmsCommand}. */
		public final String command;

		public final Map< String, Object > inputs;

		/** What the message must contain to name the input, or null for the command line's. */
		public final String named;

		/**
		 * Whether the command ends normally and its Log reports the input (a batch goes on past an image it cannot
		 * score, where the command line exits 1), instead of stopping with the message.
		 */
		public final boolean reported;

		private CommandCall( final String command, final Map< String, Object > inputs, final String named, final boolean reported )
		{
			this.command = command;
			this.inputs = Collections.unmodifiableMap( inputs );
			this.named = named;
			this.reported = reported;
		}

		/** {@code command} with the inputs name, value, name, value... */
		public static CommandCall of( final String command, final Object... inputs )
		{
			final Map< String, Object > map = new LinkedHashMap<>();
			for ( int i = 0; i < inputs.length; i += 2 )
				map.put( ( String ) inputs[ i ], inputs[ i + 1 ] );
			return new CommandCall( command, map, null, false );
		}

		/** This call with {@code more} inputs (name, value, ...) replacing or following its own. */
		public CommandCall with( final Object... more )
		{
			final Map< String, Object > map = new LinkedHashMap<>( inputs );
			for ( int i = 0; i < more.length; i += 2 )
			{
				map.remove( more[ i ] );
				map.put( ( String ) more[ i ], more[ i + 1 ] );
			}
			return new CommandCall( command, map, named, reported );
		}

		/** This call, whose message names {@code input}. */
		public CommandCall naming( final String input )
		{
			return new CommandCall( command, new LinkedHashMap<>( inputs ), input, reported );
		}

		/** This call, reported in the Log by a command that goes on. */
		public CommandCall reported()
		{
			return new CommandCall( command, new LinkedHashMap<>( inputs ), named, true );
		}
	}

	/** The metric, the images and the settings of a pair (or single image) that every entry point can score. */
	public static final class Pair
	{
		public final String metric;

		/** The reference, or null for a no-reference metric. */
		public final Path reference;

		public final Path restored;

		/** The data range given, or NaN for none. */
		public final double dataRange;

		public final int shave;

		/** The file whose name the message must contain. */
		public final Path blamed;

		/** The metric's model file (NIQE's model, VGG2,2's weights), or null for its default. */
		public final Path model;

		public Pair( final String metric, final Path reference, final Path restored, final double dataRange, final int shave, final Path blamed )
		{
			this( metric, reference, restored, dataRange, shave, blamed, null );
		}

		public Pair( final String metric, final Path reference, final Path restored, final double dataRange, final int shave, final Path blamed,
				final Path model )
		{
			this.metric = metric;
			this.reference = reference;
			this.restored = restored;
			this.dataRange = dataRange;
			this.shave = shave;
			this.blamed = blamed;
			this.model = model;
		}

		/**
		 * The option (the command line's without its dashes; a macro key with '_' for '-') that gives this metric its
		 * model file: {@code niqe-model} or {@code vgg-weights}.
		 */
		public String modelOption()
		{
			switch ( metric )
			{
			case "niqe":
				return "niqe-model";
			case "vgg22":
				return "vgg-weights";
			default:
				throw new IllegalStateException( metric + " has no model file" );
			}
		}

		List< String > commandLine()
		{
			final List< String > args = new java.util.ArrayList<>( Arrays.asList( "score", "--metrics", metric, "--convention", "gray" ) );
			if ( !Double.isNaN( dataRange ) )
				args.addAll( Arrays.asList( "--data-range", Double.toString( dataRange ) ) );
			if ( shave != 0 )
				args.addAll( Arrays.asList( "--shave", Integer.toString( shave ) ) );
			if ( model != null )
				args.addAll( Arrays.asList( "--" + modelOption(), model.toString() ) );
			if ( reference != null )
				args.addAll( Arrays.asList( "--reference", reference.toString() ) );
			args.add( restored.toString() );
			return args;
		}
	}

	/** Short, stable name: the README's catalogue lists it. */
	public final String id;

	/** What the input is, as the README's catalogue says it. */
	public final String description;

	public final Outcome outcome;

	/**
	 * Words of the rule the message states (besides naming the input), each of which it must contain, case aside: a
	 * front end may begin its sentence with one ("Bootstrap must be ...", "A bootstrap needs ...").
	 */
	public final List< String > rule;

	public final Fixture fixture;

	/** The entry points the input reaches: its {@link Invocation} has their call (the command line always). */
	public final Set< EntryPoint > entryPoints;

	BadInput( final String id, final String description, final Outcome outcome, final Fixture fixture, final String... rule )
	{
		this( id, description, outcome, fixture, EnumSet.of( EntryPoint.CLI ), Arrays.asList( rule ) );
	}

	private BadInput( final String id, final String description, final Outcome outcome, final Fixture fixture, final Set< EntryPoint > entryPoints,
			final List< String > rule )
	{
		this.id = id;
		this.description = description;
		this.outcome = outcome;
		this.fixture = fixture;
		this.entryPoints = Collections.unmodifiableSet( EnumSet.copyOf( entryPoints ) );
		this.rule = Collections.unmodifiableList( rule );
	}

	/** This input, reaching {@code more} entry points besides its own. */
	BadInput reaching( final EntryPoint... more )
	{
		final Set< EntryPoint > all = EnumSet.copyOf( entryPoints );
		all.addAll( Arrays.asList( more ) );
		return new BadInput( id, description, outcome, fixture, all, rule );
	}

	/** Whether {@code message} names the input ({@code named}, as written) and states the rule. */
	public boolean answeredBy( final String message, final String named )
	{
		final String lower = message.toLowerCase( Locale.ROOT );
		return message.contains( named ) && rule.stream().allMatch( word -> lower.contains( word.toLowerCase( Locale.ROOT ) ) );
	}

	public boolean reaches( final EntryPoint entryPoint )
	{
		return entryPoints.contains( entryPoint );
	}

	@Override
	public String toString()
	{
		return id;
	}
}

package io.github.pdplane.batch;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import io.github.pdplane.PdPlaneException;
import io.github.pdplane.image.ImageSource;
import io.github.pdplane.io.ImageFileReader;

/**
 * The images one task of a {@link PlaneRun} has opened, so that outputs built from the same files (the
 * blends of a sweep) read each file once. It lives as long as the task, one reference image, and a
 * failure to open is kept too, so that it is reported with the same message for every output.
 */
final class ItemImages
{
	private final ImageFileReader reader;

	/** set -> item key -> the image, or the exception that opening it threw */
	private final Map< ImageSet, Map< String, Object > > opened = new IdentityHashMap<>();

	ItemImages( final ImageFileReader reader )
	{
		this.reader = reader;
	}

	/** The item of {@code set}, opened once per task. */
	ImageSource open( final ImageSet set, final Item item )
	{
		final Map< String, Object > ofSet = opened.computeIfAbsent( set, s -> new HashMap<>() );
		Object o = ofSet.get( item.key() );
		if ( o == null )
		{
			try
			{
				o = set.open( item, reader );
			}
			catch ( final PdPlaneException e )
			{
				o = e;
			}
			ofSet.put( item.key(), o );
		}
		if ( o instanceof PdPlaneException )
			throw new PdPlaneException( ( ( PdPlaneException ) o ).getMessage() );
		return ( ImageSource ) o;
	}
}

package io.github.pdplane.plane;

import java.util.Collections;
import java.util.List;

/**
 * One algorithm on the plane: its set values on both axes, their bootstrap intervals, the per-image
 * cloud, and where it lies relative to the frontier.
 */
public final class PlanePoint
{
	private final String algorithm;

	private final MetricSummary x;

	private final MetricSummary y;

	private final Interval xInterval;

	private final Interval yInterval;

	private final List< String > cloudImages;

	private final double[] cloudX;

	private final double[] cloudY;

	private final boolean onFrontier;

	private final double distance;

	private final double verticalGap;

	PlanePoint( final String algorithm, final MetricSummary x, final MetricSummary y, final Interval xInterval, final Interval yInterval,
			final List< String > cloudImages, final double[] cloudX, final double[] cloudY, final boolean onFrontier, final double distance,
			final double verticalGap )
	{
		this.algorithm = algorithm;
		this.x = x;
		this.y = y;
		this.xInterval = xInterval;
		this.yInterval = yInterval;
		this.cloudImages = Collections.unmodifiableList( cloudImages );
		this.cloudX = cloudX;
		this.cloudY = cloudY;
		this.onFrontier = onFrontier;
		this.distance = distance;
		this.verticalGap = verticalGap;
	}

	public String algorithm()
	{
		return algorithm;
	}

	/** The set value on the x axis (see {@link MetricSummary#value()}). */
	public double x()
	{
		return x.value();
	}

	public double y()
	{
		return y.value();
	}

	public MetricSummary xSummary()
	{
		return x;
	}

	public MetricSummary ySummary()
	{
		return y;
	}

	/** {@link Interval#NONE} when the model was built without a bootstrap. */
	public Interval xInterval()
	{
		return xInterval;
	}

	public Interval yInterval()
	{
		return yInterval;
	}

	/** Whether both coordinates are finite, so that the point can be drawn and compared. */
	public boolean isPlotted()
	{
		return Double.isFinite( x() ) && Double.isFinite( y() );
	}

	/** Images with values on both axes, the cloud's points, in name order. */
	public List< String > cloudImages()
	{
		return cloudImages;
	}

	public double[] cloudX()
	{
		return cloudX.clone();
	}

	public double[] cloudY()
	{
		return cloudY.clone();
	}

	public boolean onFrontier()
	{
		return onFrontier;
	}

	/** See {@link Frontier#distance(int)}. */
	public double distance()
	{
		return distance;
	}

	/** See {@link Frontier#verticalGap(int)}. */
	public double verticalGap()
	{
		return verticalGap;
	}

	@Override
	public String toString()
	{
		return algorithm + " (" + x() + ", " + y() + ")" + ( onFrontier ? " on the frontier" : " distance " + distance );
	}
}

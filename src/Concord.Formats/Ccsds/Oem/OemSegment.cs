namespace Concord.Formats.Ccsds.Oem;

/// <summary>An OEM segment: metadata, ephemeris data lines stored compactly, and optional covariance matrices.</summary>
public sealed record OemSegment
{
    /// <summary>The number of values per state in <see cref="States"/>.</summary>
    public const int StateStride = 6;

    /// <summary>The number of values per point in <see cref="Accelerations"/>.</summary>
    public const int AccelerationStride = 3;

    /// <summary>Gets the metadata.</summary>
    public required OemMetadata Metadata { get; init; }

    /// <summary>Gets the comments at the start of the data.</summary>
    public EquatableArray<string> DataComments { get; init; }

    /// <summary>Gets the epochs of the data lines.</summary>
    public required EquatableArray<CcsdsDate> Epochs { get; init; }

    /// <summary>Gets the states, <see cref="StateStride"/> values per epoch: X, Y, Z (km), X_DOT, Y_DOT, Z_DOT (km/s).</summary>
    public required EquatableArray<double> States { get; init; }

    /// <summary>
    /// Gets the accelerations (km/s²), <see cref="AccelerationStride"/> values per epoch, NaN for lines without them;
    /// empty when no line has an acceleration.
    /// </summary>
    public EquatableArray<double> Accelerations { get; init; }

    /// <summary>Gets the covariance matrices.</summary>
    public EquatableArray<OemCovariance> Covariances { get; init; }

    /// <summary>Gets the number of data lines.</summary>
    public int Count => Epochs.Count;

    /// <summary>Gets a data line.</summary>
    /// <param name="index">The index, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The data line.</returns>
    public OemStateVector GetStateVector(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        int s = index * StateStride;
        (double, double, double)? acceleration = null;
        if (Accelerations.Count > 0 && !double.IsNaN(Accelerations[index * AccelerationStride]))
        {
            int a = index * AccelerationStride;
            acceleration = (Accelerations[a], Accelerations[a + 1], Accelerations[a + 2]);
        }

        return new OemStateVector(Epochs[index], States[s], States[s + 1], States[s + 2], States[s + 3], States[s + 4], States[s + 5], acceleration);
    }
}

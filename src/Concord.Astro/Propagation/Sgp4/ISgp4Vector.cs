namespace Concord.Astro.Propagation.Sgp4;

/// <summary>The SIMD operations the vector SGP4 kernel needs, so one generic kernel serves
/// <see cref="System.Runtime.Intrinsics.Vector512{T}"/> and <see cref="System.Runtime.Intrinsics.Vector256{T}"/>.</summary>
/// <remarks>Implemented by single-field wrapper structs; the JIT specialises the kernel per struct and inlines
/// every member, so the abstraction costs nothing (checked in <c>Sgp4Benchmarks</c>). Masks are vectors whose
/// lanes are all-ones (true) or zero (false), as the hardware compare instructions produce.</remarks>
internal interface ISgp4Vector<TSelf>
    where TSelf : struct, ISgp4Vector<TSelf>
{
    /// <summary>Lanes per vector.</summary>
    public static abstract int Count { get; }

    /// <summary>Whether this width runs on hardware here.</summary>
    public static abstract bool IsHardwareAccelerated { get; }

    public static abstract TSelf Create(double value);

    public static abstract TSelf Load(double[] source, int index);

    public static abstract TSelf Create(ReadOnlySpan<double> values);

    public static abstract void CopyTo(TSelf value, Span<double> destination);

    public static abstract void Store(TSelf value, double[] destination, int index);

    public static abstract TSelf operator +(TSelf left, TSelf right);

    public static abstract TSelf operator -(TSelf left, TSelf right);

    public static abstract TSelf operator *(TSelf left, TSelf right);

    public static abstract TSelf operator /(TSelf left, TSelf right);

    public static abstract TSelf Sqrt(TSelf value);

    public static abstract TSelf Abs(TSelf value);

    public static abstract TSelf Truncate(TSelf value);

    public static abstract TSelf Floor(TSelf value);

    /// <summary>Round to nearest, ties to even.</summary>
    public static abstract TSelf Round(TSelf value);

    /// <summary><c>a·b + c</c> with one rounding.</summary>
    public static abstract TSelf FusedMultiplyAdd(TSelf a, TSelf b, TSelf c);

    public static abstract (TSelf Sin, TSelf Cos) SinCos(TSelf value);

    public static abstract TSelf LessThan(TSelf left, TSelf right);

    public static abstract TSelf GreaterThanOrEqual(TSelf left, TSelf right);

    public static abstract TSelf And(TSelf left, TSelf right);

    public static abstract TSelf Or(TSelf left, TSelf right);

    /// <summary>Lane-wise <c>mask ? whenTrue : whenFalse</c>.</summary>
    public static abstract TSelf Select(TSelf mask, TSelf whenTrue, TSelf whenFalse);

    /// <summary>True when any lane of <paramref name="mask"/> is set.</summary>
    public static abstract bool Any(TSelf mask);

    /// <summary>Lane <paramref name="index"/> as a double.</summary>
    public static abstract double GetElement(TSelf value, int index);
}

using System.Globalization;

namespace Concord.Astro.Time;

/// <summary>An exact span of SI time, stored as a signed count of nanoseconds (range about ±292 years).</summary>
/// <remarks>Arithmetic is checked: an overflow throws rather than wraps. Immutable and thread-safe.</remarks>
public readonly struct Duration : IEquatable<Duration>, IComparable<Duration>
{
    /// <summary>Nanoseconds in one SI second.</summary>
    public const long NanosecondsPerSecond = 1_000_000_000L;

    /// <summary>Nanoseconds in one minute.</summary>
    public const long NanosecondsPerMinute = 60L * NanosecondsPerSecond;

    /// <summary>Nanoseconds in one day of 86,400 SI seconds.</summary>
    public const long NanosecondsPerDay = 86_400L * NanosecondsPerSecond;

    /// <summary>Seconds in one day of 86,400 SI seconds.</summary>
    public const double SecondsPerDay = 86_400.0;

    private readonly long _nanoseconds;

    private Duration(long nanoseconds) => _nanoseconds = nanoseconds;

    /// <summary>The zero-length duration.</summary>
    public static Duration Zero => default;

    /// <summary>The length in nanoseconds.</summary>
    public long TotalNanoseconds => _nanoseconds;

    /// <summary>The length in seconds (a <see cref="double"/>: exact to about 1 ns for spans under 104 days).</summary>
    public double TotalSeconds => (_nanoseconds / NanosecondsPerSecond) + ((_nanoseconds % NanosecondsPerSecond) / (double)NanosecondsPerSecond);

    /// <summary>The length in minutes.</summary>
    public double TotalMinutes => TotalSeconds / 60.0;

    /// <summary>The length in days of 86,400 s.</summary>
    public double TotalDays => TotalSeconds / SecondsPerDay;

    /// <summary>Creates a duration from whole nanoseconds.</summary>
    public static Duration FromNanoseconds(long nanoseconds) => new(nanoseconds);

    /// <summary>Creates a duration from seconds, rounded to the nearest nanosecond.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or exceeds the range.</exception>
    public static Duration FromSeconds(double seconds) => FromScaled(seconds, NanosecondsPerSecond);

    /// <summary>Creates a duration from minutes, rounded to the nearest nanosecond.</summary>
    public static Duration FromMinutes(double minutes) => FromScaled(minutes, NanosecondsPerMinute);

    /// <summary>Creates a duration from days of 86,400 s, rounded to the nearest nanosecond.</summary>
    public static Duration FromDays(double days) => FromScaled(days, NanosecondsPerDay);

    private static Duration FromScaled(double value, long nanosecondsPerUnit)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Duration must be finite.");
        }

        // Split into whole units and a fraction so that large values keep nanosecond resolution.
        double whole = Math.Truncate(value);
        double fraction = value - whole;
        if (Math.Abs(whole) > long.MaxValue / (double)nanosecondsPerUnit)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Duration out of range (about ±292 years).");
        }

        return new Duration(checked(((long)whole * nanosecondsPerUnit) + (long)Math.Round(fraction * nanosecondsPerUnit)));
    }

    /// <summary>Adds two durations.</summary>
    public static Duration operator +(Duration left, Duration right) => new(checked(left._nanoseconds + right._nanoseconds));

    /// <summary>Subtracts two durations.</summary>
    public static Duration operator -(Duration left, Duration right) => new(checked(left._nanoseconds - right._nanoseconds));

    /// <summary>Negates a duration.</summary>
    public static Duration operator -(Duration value) => new(checked(-value._nanoseconds));

    /// <summary>Multiplies a duration by a whole factor.</summary>
    public static Duration operator *(Duration value, long factor) => new(checked(value._nanoseconds * factor));

    /// <inheritdoc cref="IComparable{T}.CompareTo"/>
    public static bool operator <(Duration left, Duration right) => left._nanoseconds < right._nanoseconds;

    /// <inheritdoc cref="IComparable{T}.CompareTo"/>
    public static bool operator >(Duration left, Duration right) => left._nanoseconds > right._nanoseconds;

    /// <inheritdoc cref="IComparable{T}.CompareTo"/>
    public static bool operator <=(Duration left, Duration right) => left._nanoseconds <= right._nanoseconds;

    /// <inheritdoc cref="IComparable{T}.CompareTo"/>
    public static bool operator >=(Duration left, Duration right) => left._nanoseconds >= right._nanoseconds;

    /// <summary>Equality.</summary>
    public static bool operator ==(Duration left, Duration right) => left._nanoseconds == right._nanoseconds;

    /// <summary>Inequality.</summary>
    public static bool operator !=(Duration left, Duration right) => left._nanoseconds != right._nanoseconds;

    /// <inheritdoc/>
    public bool Equals(Duration other) => _nanoseconds == other._nanoseconds;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Duration other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _nanoseconds.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Duration other) => _nanoseconds.CompareTo(other._nanoseconds);

    /// <summary>Seconds with nanosecond digits, e.g. <c>90.000000001s</c>.</summary>
    public override string ToString()
    {
        long whole = _nanoseconds / NanosecondsPerSecond;
        long fraction = Math.Abs(_nanoseconds % NanosecondsPerSecond);
        string sign = _nanoseconds < 0 && whole == 0 ? "-" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{whole}.{fraction:D9}s");
    }
}

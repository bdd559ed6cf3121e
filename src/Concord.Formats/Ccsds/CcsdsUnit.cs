using System.Collections.Frozen;

namespace Concord.Formats.Ccsds;

/// <summary>A unit of the CCSDS navigation data messages, as spelled in the standards (<c>km</c>, <c>km/s</c>,
/// <c>deg</c>, <c>rev/day</c>, <c>rev/day**2</c>, <c>1/ER</c>, <c>m**2/kg</c>…), with its dimension and its factor to SI.</summary>
/// <param name="Name">The standard spelling, written by the writers.</param>
/// <param name="Dimension">A label of the physical dimension: two units convert only when these are equal.</param>
/// <param name="ToSi">The factor from this unit to the SI unit of its dimension (1000 for km; π/180 for deg).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct CcsdsUnit(string Name, string Dimension, double ToSi)
{
    private const double SecondsPerDay = 86_400.0;
    private const double RadiansPerRevolution = 2.0 * Math.PI;
    private const double RadiansPerDegree = Math.PI / 180.0;
    private const double MetersPerKilometer = 1_000.0;

    /// <summary>Dimensionless (<c>n/a</c>): eccentricity, coefficients.</summary>
    public static CcsdsUnit None { get; } = new("n/a", "1", 1.0);

    /// <summary>Kilometre (<c>km</c>).</summary>
    public static CcsdsUnit Kilometer { get; } = new("km", "L", MetersPerKilometer);

    /// <summary>Kilometre per second (<c>km/s</c>).</summary>
    public static CcsdsUnit KilometerPerSecond { get; } = new("km/s", "L/T", MetersPerKilometer);

    /// <summary>Degree (<c>deg</c>).</summary>
    public static CcsdsUnit Degree { get; } = new("deg", "A", RadiansPerDegree);

    /// <summary>Revolutions per day (<c>rev/day</c>).</summary>
    public static CcsdsUnit RevolutionPerDay { get; } = new("rev/day", "A/T", RadiansPerRevolution / SecondsPerDay);

    /// <summary>Revolutions per day squared (<c>rev/day**2</c>).</summary>
    public static CcsdsUnit RevolutionPerDaySquared { get; } = new("rev/day**2", "A/T2", RadiansPerRevolution / (SecondsPerDay * SecondsPerDay));

    /// <summary>Revolutions per day cubed (<c>rev/day**3</c>).</summary>
    public static CcsdsUnit RevolutionPerDayCubed { get; } = new("rev/day**3", "A/T3", RadiansPerRevolution / (SecondsPerDay * SecondsPerDay * SecondsPerDay));

    /// <summary>Inverse Earth radii (<c>1/ER</c>), the unit of the SGP4 drag term B*.</summary>
    public static CcsdsUnit PerEarthRadius { get; } = new("1/ER", "1/ER", 1.0);

    /// <summary>Square metres per kilogram (<c>m**2/kg</c>).</summary>
    public static CcsdsUnit SquareMeterPerKilogram { get; } = new("m**2/kg", "L2/M", 1.0);

    /// <summary>Square metre (<c>m**2</c>).</summary>
    public static CcsdsUnit SquareMeter { get; } = new("m**2", "L2", 1.0);

    /// <summary>Kilogram (<c>kg</c>).</summary>
    public static CcsdsUnit Kilogram { get; } = new("kg", "M", 1.0);

    /// <summary>Second (<c>s</c>).</summary>
    public static CcsdsUnit Second { get; } = new("s", "T", 1.0);

    /// <summary>Gravitational parameter (<c>km**3/s**2</c>).</summary>
    public static CcsdsUnit CubicKilometerPerSecondSquared { get; } = new("km**3/s**2", "L3/T2", 1e9);

    /// <summary>Position covariance (<c>km**2</c>).</summary>
    public static CcsdsUnit SquareKilometer { get; } = new("km**2", "L2", 1e6);

    /// <summary>Position-velocity covariance (<c>km**2/s</c>).</summary>
    public static CcsdsUnit SquareKilometerPerSecond { get; } = new("km**2/s", "L2/T", 1e6);

    /// <summary>Velocity covariance (<c>km**2/s**2</c>).</summary>
    public static CcsdsUnit SquareKilometerPerSecondSquared { get; } = new("km**2/s**2", "L2/T2", 1e6);

    private static readonly FrozenDictionary<string, CcsdsUnit> s_known = BuildKnown();

    /// <summary>Looks up a unit by its spelling (case-insensitive, blanks ignored); <c>n/a</c> and the empty text are
    /// <see cref="None"/>. Besides the standard units: m, m/s, rad, m**3/s**2, m**2/s, m**2/s**2, d, day, min, g, %.</summary>
    public static bool TryParse(string text, out CcsdsUnit unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        string key = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        return s_known.TryGetValue(key, out unit);
    }

    /// <summary>Converts <paramref name="value"/> given in <paramref name="given"/> (text from the message) to this unit.</summary>
    /// <returns>False when the unit is unknown or of another dimension.</returns>
    /// <remarks>The value is returned unchanged (bit for bit) when the units have the same factor.</remarks>
    public bool TryConvertFrom(string given, double value, out double converted)
    {
        converted = value;
        if (!TryParse(given, out CcsdsUnit unit) || unit.Dimension != Dimension)
        {
            return false;
        }

        if (unit.ToSi != ToSi)
        {
            converted = value * unit.ToSi / ToSi;
        }

        return true;
    }

    private static FrozenDictionary<string, CcsdsUnit> BuildKnown()
    {
        var units = new Dictionary<string, CcsdsUnit>(StringComparer.OrdinalIgnoreCase)
        {
            [string.Empty] = None,
            ["n/a"] = None,
            ["m"] = new("m", "L", 1.0),
            ["m/s"] = new("m/s", "L/T", 1.0),
            ["rad"] = new("rad", "A", 1.0),
            ["m**3/s**2"] = new("m**3/s**2", "L3/T2", 1.0),
            ["m**2/s"] = new("m**2/s", "L2/T", 1.0),
            ["m**2/s**2"] = new("m**2/s**2", "L2/T2", 1.0),
            ["d"] = new("d", "T", SecondsPerDay),
            ["day"] = new("day", "T", SecondsPerDay),
            ["min"] = new("min", "T", 60.0),
            ["g"] = new("g", "M", 1e-3),
            ["%"] = new("%", "1", 0.01),
        };
        foreach (CcsdsUnit unit in new[]
        {
            Kilometer, KilometerPerSecond, Degree, RevolutionPerDay, RevolutionPerDaySquared, RevolutionPerDayCubed,
            PerEarthRadius, SquareMeterPerKilogram, SquareMeter, Kilogram, Second, CubicKilometerPerSecondSquared,
            SquareKilometer, SquareKilometerPerSecond, SquareKilometerPerSecondSquared,
        })
        {
            units[unit.Name] = unit;
        }

        return units.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

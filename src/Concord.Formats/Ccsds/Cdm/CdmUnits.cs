namespace Concord.Formats.Ccsds.Cdm;

/// <summary>The standard units of the CDM keywords that <see cref="CcsdsUnit"/> does not define.</summary>
public static class CdmUnits
{
    /// <summary>Metre (<c>m</c>).</summary>
    public static CcsdsUnit Meter { get; } = new("m", "L", 1.0);

    /// <summary>Metre per second (<c>m/s</c>).</summary>
    public static CcsdsUnit MeterPerSecond { get; } = new("m/s", "L/T", 1.0);

    /// <summary>Metre per second squared (<c>m/s**2</c>).</summary>
    public static CcsdsUnit MeterPerSecondSquared { get; } = new("m/s**2", "L/T2", 1.0);

    /// <summary>Day (<c>d</c>).</summary>
    public static CcsdsUnit Day { get; } = new("d", "T", 86_400.0);

    /// <summary>Percent (<c>%</c>).</summary>
    public static CcsdsUnit Percent { get; } = new("%", "1", 0.01);

    /// <summary>Watt per kilogram (<c>W/kg</c>).</summary>
    public static CcsdsUnit WattPerKilogram { get; } = new("W/kg", "L2/T3", 1.0);

    /// <summary><c>m**2/s</c>.</summary>
    public static CcsdsUnit SquareMeterPerSecond { get; } = new("m**2/s", "L2/T", 1.0);

    /// <summary><c>m**2/s**2</c>.</summary>
    public static CcsdsUnit SquareMeterPerSecondSquared { get; } = new("m**2/s**2", "L2/T2", 1.0);

    /// <summary><c>m**2/s**3</c>.</summary>
    public static CcsdsUnit SquareMeterPerSecondCubed { get; } = new("m**2/s**3", "L2/T3", 1.0);

    /// <summary><c>m**2/s**4</c>.</summary>
    public static CcsdsUnit SquareMeterPerSecondQuartic { get; } = new("m**2/s**4", "L2/T4", 1.0);

    /// <summary><c>m**3/kg</c>.</summary>
    public static CcsdsUnit CubicMeterPerKilogram { get; } = new("m**3/kg", "L3/M", 1.0);

    /// <summary><c>m**3/(kg*s)</c>.</summary>
    public static CcsdsUnit CubicMeterPerKilogramSecond { get; } = new("m**3/(kg*s)", "L3/MT", 1.0);

    /// <summary><c>m**3/(kg*s**2)</c>.</summary>
    public static CcsdsUnit CubicMeterPerKilogramSecondSquared { get; } = new("m**3/(kg*s**2)", "L3/MT2", 1.0);

    /// <summary><c>m**4/kg**2</c>.</summary>
    public static CcsdsUnit QuarticMeterPerSquareKilogram { get; } = new("m**4/kg**2", "L4/M2", 1.0);

    /// <summary>True when <paramref name="given"/> spells <paramref name="standard"/> (case and blanks ignored).</summary>
    public static bool IsSpelling(string given, CcsdsUnit standard)
    {
        ArgumentNullException.ThrowIfNull(given);
        return string.Equals(given.Replace(" ", string.Empty, StringComparison.Ordinal), standard.Name, StringComparison.OrdinalIgnoreCase);
    }
}

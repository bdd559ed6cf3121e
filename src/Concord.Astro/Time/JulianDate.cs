namespace Concord.Astro.Time;

/// <summary>A two-part Julian date in a stated time scale: <see cref="Day"/> + <see cref="Fraction"/> days.</summary>
/// <remarks>Two parts keep about 20 µs resolution lost by a single <see cref="double"/> near JD 2.45e6;
/// <see cref="Epoch.ToJulianDate(TimeScale)"/> puts the noon-based day number in <see cref="Day"/>
/// (ends in .5) and the fraction of the day in <see cref="Fraction"/>, as SOFA's two-part dates do.</remarks>
/// <param name="Day">The larger part, in days.</param>
/// <param name="Fraction">The smaller part, in days.</param>
/// <param name="Scale">The time scale of the date.</param>
public readonly record struct JulianDate(double Day, double Fraction, TimeScale Scale)
{
    /// <summary>Julian date of 2000-01-01T12:00:00 (the J2000.0 epoch in TT).</summary>
    public const double J2000 = 2_451_545.0;

    /// <summary>Days in one Julian century.</summary>
    public const double DaysPerJulianCentury = 36_525.0;

    /// <summary>Offset between a Julian date and a Modified Julian Date.</summary>
    public const double ModifiedJulianDateOffset = 2_400_000.5;

    /// <summary>The date as one <see cref="double"/> (loses precision to about 20 µs).</summary>
    public double Value => Day + Fraction;

    /// <summary>Julian centuries since J2000.0 in this date's scale, as used by IAU precession/nutation series.</summary>
    public double JulianCenturiesSinceJ2000 => ((Day - J2000) + Fraction) / DaysPerJulianCentury;
}

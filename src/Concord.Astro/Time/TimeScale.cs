namespace Concord.Astro.Time;

/// <summary>An astronomical time scale. Every conversion between <see cref="Epoch"/> and a calendar
/// or Julian date names one explicitly (house style R7).</summary>
public enum TimeScale
{
    /// <summary>Coordinated Universal Time: TAI minus the leap-second offset (see <see cref="LeapSeconds"/>).</summary>
    Utc,

    /// <summary>International Atomic Time, the scale <see cref="Epoch"/> stores internally.</summary>
    Tai,

    /// <summary>Terrestrial Time: TAI + 32.184 s exactly (IAU 1991 Recommendation IV).</summary>
    Tt,

    /// <summary>Universal Time UT1: UTC + DUT1 from Earth orientation data; equal to UTC when none is supplied.</summary>
    Ut1,
}

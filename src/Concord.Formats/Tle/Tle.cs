using System.Globalization;
using Concord.Astro.Propagation.Sgp4;
using Concord.Astro.Time;

namespace Concord.Formats.Tle;

/// <summary>One two-line element set (with its optional name line), field by field as the NORAD/Space-Track
/// layout defines it, in the layout's own units (degrees, revolutions per day, Earth radii).</summary>
/// <remarks>
/// <para>This is the message model of the TLE format (R10): <see cref="TleReader"/> builds it from text,
/// <see cref="TleWriter"/> writes it back, and <see cref="ToSgp4Elements"/> / <see cref="FromSgp4Elements"/> map it
/// to and from the SI domain type. Doubles hold exactly the decimal the text carried (correctly rounded), so a set
/// read, written and read again is equal to the first. Optional fields that a TLE may leave blank are <c>T?</c> (R12).</para>
/// <para>Reference: Hoots &amp; Roehrich, Spacetrack Report #3 (1980), and the Space-Track / CelesTrak
/// "TLE format" documentation (CelesTrak, "FAQs: Two-Line Element Set Format"). Immutable and thread-safe.</para>
/// </remarks>
public sealed record Tle
{
    private const double RadiansPerRevolution = 2.0 * Math.PI;
    private const double MinutesPerDay = 1440.0;
    private const double DegreesPerRevolution = 360.0;
    private const double RadiansPerDegree = Math.PI / 180.0;
    private const double DegreesPerRadian = 180.0 / Math.PI;

    /// <summary>Object name from the name line (CCSDS OMM <c>OBJECT_NAME</c>), with the 3LE <c>0 </c> prefix removed
    /// and trailing padding trimmed; null for a 2-line set.</summary>
    public string? Name { get; init; }

    /// <summary>NORAD catalog number (CCSDS OMM <c>NORAD_CAT_ID</c>), line 1 columns 3-7 and line 2 columns 3-7,
    /// decoded from Alpha-5 (see <see cref="Alpha5"/>): 0 to 339,999.</summary>
    /// <remarks>A value outside that range can be held here but not written: <see cref="TleWriter"/> refuses it.</remarks>
    public required int CatalogNumber { get; init; }

    /// <summary>The catalog number as the 5-character field: zero-padded digits (<c>25544</c>, <c>00020</c>) or
    /// Alpha-5 (<c>T0001</c>); the invariant decimal digits when <see cref="CatalogNumber"/> cannot be written.</summary>
    /// <remarks>Old space-padded fields (<c>   20</c>) are read as the same number and written zero-padded.</remarks>
    public string CatalogNumberText
        => Alpha5.TryEncode(CatalogNumber, out string? text) ? text : CatalogNumber.ToString(CultureInfo.InvariantCulture);

    /// <summary>Security classification (CCSDS OMM <c>CLASSIFICATION_TYPE</c>), line 1 column 8:
    /// <c>U</c> (unclassified), <c>C</c> or <c>S</c>; default <c>U</c>.</summary>
    public char Classification { get; init; } = 'U';

    /// <summary>International designator without blanks (CCSDS <c>OBJECT_ID</c> is its long form), line 1 columns
    /// 10-17: two-digit launch year, three-digit launch number of the year, piece letters (<c>98067A</c>);
    /// null when the field is blank (analyst objects, Alpha-5 TBA objects).</summary>
    public string? InternationalDesignator { get; init; }

    /// <summary>Epoch of the elements, UTC (CCSDS <c>EPOCH</c>), line 1 columns 19-32 as <c>YYDDD.DDDDDDDD</c>.</summary>
    /// <remarks>Two-digit years 57-99 are 1957-1999 and 00-56 are 2000-2056. The day fraction is read exactly:
    /// 1e-8 day is 864,000 ns, so the 8 decimals map to whole nanoseconds and back without loss. TLE days are
    /// taken as 86,400 s, as SGP4 users do; a leap second cannot be written.</remarks>
    public required Epoch Epoch { get; init; }

    /// <summary>First time derivative of the mean motion divided by two, revolutions per day squared
    /// (CCSDS <c>MEAN_MOTION_DOT</c>), line 1 columns 34-43; 8 decimals, |value| &lt; 1. Not used by SGP4.</summary>
    public double MeanMotionDotRevolutionsPerDaySquared { get; init; }

    /// <summary>Second time derivative of the mean motion divided by six, revolutions per day cubed
    /// (CCSDS <c>MEAN_MOTION_DDOT</c>), line 1 columns 45-52 in implied-decimal exponent form
    /// (<c>12345-5</c> = 0.12345e-5); 5 significant digits. Not used by SGP4.</summary>
    public double MeanMotionDdotRevolutionsPerDayCubed { get; init; }

    /// <summary>SGP4 drag term B*, inverse Earth radii (CCSDS <c>BSTAR</c>), line 1 columns 54-61 in implied-decimal
    /// exponent form (<c> 28098-4</c> = 0.28098e-4, <c>00000+0</c> = 0); 5 significant digits.</summary>
    public double BstarPerEarthRadius { get; init; }

    /// <summary>Ephemeris type (CCSDS <c>EPHEMERIS_TYPE</c>), line 1 column 63: 0 for distributed SGP4 sets;
    /// null when blank.</summary>
    public int? EphemerisType { get; init; } = 0;

    /// <summary>Element set number (CCSDS <c>ELEMENT_SET_NO</c>), line 1 columns 65-68, 0 to 9999; null when blank.</summary>
    public int? ElementSetNumber { get; init; }

    /// <summary>Mean inclination, degrees (CCSDS <c>INCLINATION</c>), line 2 columns 9-16, 0 to 180, 4 decimals.</summary>
    public required double InclinationDegrees { get; init; }

    /// <summary>Mean right ascension of the ascending node, degrees (CCSDS <c>RA_OF_ASC_NODE</c>), line 2 columns 18-25,
    /// 0 to 360, 4 decimals.</summary>
    public required double RightAscensionOfAscendingNodeDegrees { get; init; }

    /// <summary>Mean eccentricity, dimensionless (CCSDS <c>ECCENTRICITY</c>), line 2 columns 27-33: 7 digits with an
    /// implied leading decimal point, so 0 to 0.9999999 in steps of 1e-7.</summary>
    public required double Eccentricity { get; init; }

    /// <summary>Mean argument of perigee, degrees (CCSDS <c>ARG_OF_PERICENTER</c>), line 2 columns 35-42, 0 to 360, 4 decimals.</summary>
    public required double ArgumentOfPerigeeDegrees { get; init; }

    /// <summary>Mean anomaly, degrees (CCSDS <c>MEAN_ANOMALY</c>), line 2 columns 44-51, 0 to 360, 4 decimals.</summary>
    public required double MeanAnomalyDegrees { get; init; }

    /// <summary>Kozai mean motion, revolutions per day (CCSDS <c>MEAN_MOTION</c>), line 2 columns 53-63,
    /// above 0 and below 100, 8 decimals.</summary>
    public required double MeanMotionRevolutionsPerDay { get; init; }

    /// <summary>Revolution number at epoch (CCSDS <c>REV_AT_EPOCH</c>), line 2 columns 64-68, 0 to 99,999
    /// (it wraps); null when blank.</summary>
    public int? RevolutionNumberAtEpoch { get; init; }

    /// <summary>How signs and zero exponents were spelled, so the writer reproduces the source byte for byte;
    /// <see cref="TleNotation.Standard"/> for a set built in code.</summary>
    public TleNotation Notation { get; init; }

    /// <summary>The SGP4 elements of this set: degrees to radians, revolutions per day to radians per minute
    /// (n·2π/1440), B* unchanged, epoch unchanged.</summary>
    /// <remarks>The conversion is a multiplication per field (error under 1 ulp); <see cref="FromSgp4Elements"/> undoes
    /// it to the TLE's precision, so the written text is unchanged.</remarks>
    public Sgp4Elements ToSgp4Elements() => new()
    {
        Epoch = Epoch,
        MeanMotionRadiansPerMinute = MeanMotionRevolutionsPerDay * RadiansPerRevolution / MinutesPerDay,
        Eccentricity = Eccentricity,
        InclinationRadians = InclinationDegrees * RadiansPerDegree,
        RightAscensionOfAscendingNodeRadians = RightAscensionOfAscendingNodeDegrees * RadiansPerDegree,
        ArgumentOfPerigeeRadians = ArgumentOfPerigeeDegrees * RadiansPerDegree,
        MeanAnomalyRadians = MeanAnomalyDegrees * RadiansPerDegree,
        BstarPerEarthRadius = BstarPerEarthRadius,
    };

    /// <summary>A TLE holding <paramref name="elements"/> for object <paramref name="catalogNumber"/>; set the fields
    /// that SGP4 does not use (name, designator, derivatives, element set and revolution numbers) with <c>with</c>.</summary>
    /// <remarks>
    /// Radians to degrees and radians per minute to revolutions per day, B* unchanged. Right ascension, argument of
    /// perigee and mean anomaly are wrapped into [0°, 360°). No rounding happens here: values keep full double
    /// precision, and <see cref="TleWriter"/> rounds them to the TLE's digits (4 decimals for angles, 8 for mean
    /// motion, 7 digits of eccentricity, 5 significant digits of B*, 1e-8 day of epoch) or refuses what cannot be
    /// written. For elements that came from a TLE the result is exact to TLE precision: written again, the text
    /// is identical. Classification defaults to <c>U</c> and ephemeris type to 0.
    /// </remarks>
    public static Tle FromSgp4Elements(Sgp4Elements elements, int catalogNumber)
    {
        ArgumentNullException.ThrowIfNull(elements);
        return new Tle
        {
            CatalogNumber = catalogNumber,
            Epoch = elements.Epoch,
            MeanMotionRevolutionsPerDay = elements.MeanMotionRadiansPerMinute * MinutesPerDay / RadiansPerRevolution,
            Eccentricity = elements.Eccentricity,
            InclinationDegrees = elements.InclinationRadians * DegreesPerRadian,
            RightAscensionOfAscendingNodeDegrees = WrapDegrees(elements.RightAscensionOfAscendingNodeRadians * DegreesPerRadian),
            ArgumentOfPerigeeDegrees = WrapDegrees(elements.ArgumentOfPerigeeRadians * DegreesPerRadian),
            MeanAnomalyDegrees = WrapDegrees(elements.MeanAnomalyRadians * DegreesPerRadian),
            BstarPerEarthRadius = elements.BstarPerEarthRadius,
        };
    }

    private static double WrapDegrees(double degrees)
    {
        if (degrees is >= 0.0 and < DegreesPerRevolution)
        {
            return degrees;
        }

        double wrapped = degrees % DegreesPerRevolution;
        return wrapped < 0.0 ? wrapped + DegreesPerRevolution : wrapped;
    }
}

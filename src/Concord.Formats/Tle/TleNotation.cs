namespace Concord.Formats.Tle;

/// <summary>Spellings that the TLE layout allows for the same value, recorded by <see cref="TleReader"/> so that
/// <see cref="TleWriter"/> writes a set back byte for byte.</summary>
/// <remarks><see cref="Standard"/> is what the writer produces for a new set: a blank for a non-negative sign
/// and <c>+0</c> for a zero exponent. Real catalogs mix spellings (Space-Track writes a zero B* as <c>00000-0</c>,
/// some sets carry explicit <c>+</c> signs), and none of them changes a value.</remarks>
[Flags]
public enum TleNotation
{
    /// <summary>Blank for a non-negative sign; exponent 0 written <c>+0</c>.</summary>
    Standard = 0,

    /// <summary>Line 1 column 34 holds <c>+</c> for a non-negative mean motion derivative.</summary>
    PlusSignMeanMotionDot = 1 << 0,

    /// <summary>Line 1 column 45 holds <c>+</c> for a non-negative second derivative.</summary>
    PlusSignMeanMotionDdot = 1 << 1,

    /// <summary>Line 1 column 54 holds <c>+</c> for a non-negative B*.</summary>
    PlusSignBstar = 1 << 2,

    /// <summary>The second derivative's exponent 0 is written <c>-0</c> (as in <c>00000-0</c>).</summary>
    MinusZeroExponentMeanMotionDdot = 1 << 3,

    /// <summary>B*'s exponent 0 is written <c>-0</c> (as in <c>00000-0</c> or <c>13519-0</c>).</summary>
    MinusZeroExponentBstar = 1 << 4,
}

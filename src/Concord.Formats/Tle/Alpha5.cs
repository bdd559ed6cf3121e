using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Concord.Formats.Tle;

/// <summary>The Alpha-5 catalog number scheme of the 18th/19th Space Defense Squadron: a 5-character TLE field
/// holding 0 to 339,999, where numbers from 100,000 replace their leading two digits by a letter.</summary>
/// <remarks>Letters A to Z, skipping I and O (they read like 1 and 0), stand for 10 to 33: A0000 = 100,000,
/// T0000 = 270,000, Z9999 = 339,999. Thread-safe.</remarks>
public static class Alpha5
{
    /// <summary>The largest number the field can hold, Z9999.</summary>
    public const int MaxValue = 339_999;

    private const int LetterBase = 10_000;

    // Letter values in alphabetical order; I and O have none.
    private const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>Decodes a catalog number field: up to 5 digits (leading blanks allowed, as in old TLEs) or a
    /// letter followed by 4 digits.</summary>
    /// <param name="text">The field; leading blanks are ignored, trailing ones are not.</param>
    /// <param name="value">The number, 0 to <see cref="MaxValue"/>.</param>
    /// <returns>False for an empty field, a lower-case letter, I, O, or any other character.</returns>
    public static bool TryDecode(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        ReadOnlySpan<char> trimmed = text.TrimStart(' ');
        if (trimmed.IsEmpty || trimmed.Length > 5)
        {
            return false;
        }

        int start = 0;
        int result = 0;
        if (trimmed.Length == 5 && char.IsAsciiLetterUpper(trimmed[0]))
        {
            int letter = Letters.IndexOf(trimmed[0], StringComparison.Ordinal);
            if (letter < 0)
            {
                return false;
            }

            result = letter + 10;
            start = 1;
        }

        for (int i = start; i < trimmed.Length; i++)
        {
            char c = trimmed[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            result = (result * 10) + (c - '0');
        }

        value = result;
        return true;
    }

    /// <summary>Encodes a number as the 5-character field, zero-padded (<c>00005</c>, <c>25544</c>, <c>T0001</c>).</summary>
    /// <returns>False when <paramref name="value"/> is negative or above <see cref="MaxValue"/>.</returns>
    public static bool TryEncode(int value, [NotNullWhen(true)] out string? text)
    {
        if (value is < 0 or > MaxValue)
        {
            text = null;
            return false;
        }

        if (value < 100_000)
        {
            text = value.ToString("D5", CultureInfo.InvariantCulture);
            return true;
        }

        int letter = value / LetterBase;
        text = string.Create(CultureInfo.InvariantCulture, $"{Letters[letter - 10]}{value % LetterBase:D4}");
        return true;
    }

    /// <summary>Encodes a number as the 5-character field.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative or above <see cref="MaxValue"/>.</exception>
    public static string Encode(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxValue);
        TryEncode(value, out string? text);
        return text!;
    }
}

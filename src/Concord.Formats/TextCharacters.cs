using System.Globalization;
using System.Text;

namespace Concord.Formats;

/// <summary>The characters a text value of a message may hold: everything but control characters (tab excepted),
/// unpaired surrogates and the non-characters U+FFFE and U+FFFF.</summary>
/// <remarks>These are the characters an XML 1.0 document cannot carry (plus DEL and the C1 controls, which no name,
/// identifier or number uses), so a value holding one could be read from KVN, JSON, CSV or a 3LE name line and then
/// fail every XML product made from it; the readers refuse it where it is read instead (found by fuzzing,
/// <c>docs/fuzzing.md</c>). Thread-safe.</remarks>
internal static class TextCharacters
{
    /// <summary>The index of the first disallowed character of <paramref name="text"/>, or -1.</summary>
    public static int IndexOfDisallowed(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\t')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><paramref name="text"/> with each disallowed character written as <c>\uXXXX</c>, for a diagnostic.</summary>
    public static string Escape(string text)
    {
        if (IndexOfDisallowed(text) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            if (IndexOfDisallowed(text.AsSpan(i, 1)) == 0 && !(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                builder.Append("\\u").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>The rule named in a diagnostic for the character at <paramref name="index"/> of <paramref name="text"/>.</summary>
    public static string Rule(string text, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"character U+{(int)text[index]:X4} at position {index + 1} (a control character or not a character)");
}

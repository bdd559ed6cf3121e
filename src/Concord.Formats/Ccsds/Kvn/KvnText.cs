using System.Text;

namespace Concord.Formats.Ccsds.Kvn;

/// <summary>The line forms every CCSDS KVN writer emits (CCSDS 502.0-B-3 §7.4, 508.0-B-1 §6.3): <c>COMMENT text</c> and
/// <c>KEY = value [unit]</c> with keys padded to one column so the values align.</summary>
internal static class KvnText
{
    /// <summary>Appends <c>COMMENT text</c> and a newline.</summary>
    public static StringBuilder AppendComment(StringBuilder text, string comment)
        => text.Append("COMMENT ").Append(comment).Append('\n');

    /// <summary>Appends <c>KEY = value</c>, then <c> [unit]</c> when the key has a unit, and a newline.</summary>
    public static StringBuilder AppendKeyValue(StringBuilder text, string key, string value, CcsdsUnit? unit, int keyWidth)
    {
        text.Append(key.PadRight(keyWidth)).Append(" = ").Append(value);
        if (unit is { } u && u != CcsdsUnit.None)
        {
            text.Append(" [").Append(u.Name).Append(']');
        }

        return text.Append('\n');
    }
}

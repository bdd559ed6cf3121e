using System.Text.RegularExpressions;

namespace Concord.Formats;

/// <summary>Tells which message a text holds from its content, never from a file name.</summary>
/// <remarks>Rules, in order, on the first few kilobytes: XML → the root element (<c>omm</c>, <c>opm</c>, <c>oem</c>,
/// <c>cdm</c>, <c>tdm</c>; inside an <c>ndm</c> container, its first message); JSON (<c>[</c> or <c>{</c>) → OMM,
/// the only message with a JSON dialect; KVN → the version keyword (<c>CCSDS_OMM_VERS</c>, …); a comma-separated
/// header naming OMM keywords → OMM CSV; lines starting <c>1 </c> then <c>2 </c> → TLE. Thread-safe.</remarks>
public static partial class MessageKindDetector
{
    /// <summary>How much of the content detection looks at.</summary>
    public const int SampleLength = 8192;

    /// <summary>Detects the message kind of <paramref name="sample"/> (the start of the content is enough).</summary>
    public static MessageKind Detect(ReadOnlySpan<char> sample)
    {
        if (sample.Length > SampleLength)
        {
            sample = sample[..SampleLength];
        }

        ReadOnlySpan<char> text = sample.TrimStart("\uFEFF \t\r\n");
        if (text.IsEmpty)
        {
            return MessageKind.Unknown;
        }

        if (text[0] == '<')
        {
            return FromXml(text);
        }

        if (text[0] is '[' or '{')
        {
            return MessageKind.Omm;
        }

        var lines = new List<string>(8);
        foreach (ReadOnlySpan<char> raw in text.EnumerateLines())
        {
            ReadOnlySpan<char> line = raw.Trim();
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            lines.Add(line.ToString());
            if (lines.Count == 4)
            {
                break;
            }
        }

        if (lines.Count == 0)
        {
            return MessageKind.Unknown;
        }

        MessageKind? fromKvn = FromVersionKeyword(lines[0]);
        if (fromKvn is not null)
        {
            return fromKvn.Value;
        }

        if (lines[0].Contains(',', StringComparison.Ordinal)
            && (lines[0].Contains("NORAD_CAT_ID", StringComparison.Ordinal) || lines[0].Contains("MEAN_MOTION", StringComparison.Ordinal)
                || lines[0].Contains("CCSDS_OMM_VERS", StringComparison.Ordinal)))
        {
            return MessageKind.Omm;
        }

        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].StartsWith("1 ", StringComparison.Ordinal) && lines[i + 1].StartsWith("2 ", StringComparison.Ordinal))
            {
                return MessageKind.Tle;
            }
        }

        return MessageKind.Unknown;
    }

    /// <summary>A short, printable description of what the content starts with (for the <c>format.unknown</c> diagnostic).</summary>
    public static string Describe(ReadOnlySpan<char> sample)
    {
        ReadOnlySpan<char> text = sample.TrimStart("\uFEFF \t\r\n");
        int end = text.IndexOfAny('\r', '\n');
        ReadOnlySpan<char> first = end < 0 ? text : text[..end];
        if (first.IsEmpty)
        {
            return "empty input";
        }

        return first.Length > 40 ? $"'{first[..40]}…'" : $"'{first}'";
    }

    private static MessageKind? FromVersionKeyword(string firstLine)
    {
        int equals = firstLine.IndexOf('=', StringComparison.Ordinal);
        string key = (equals < 0 ? firstLine : firstLine[..equals]).Trim();
        return key switch
        {
            "CCSDS_OMM_VERS" => MessageKind.Omm,
            "CCSDS_OPM_VERS" => MessageKind.Opm,
            "CCSDS_OEM_VERS" => MessageKind.Oem,
            "CCSDS_CDM_VERS" => MessageKind.Cdm,
            "CCSDS_TDM_VERS" => MessageKind.Tdm,
            _ => null,
        };
    }

    private static MessageKind FromXml(ReadOnlySpan<char> text)
    {
        // Element names in document order, skipping the declaration, comments and processing instructions.
        foreach (Match match in ElementName().Matches(text.ToString()))
        {
            string name = match.Groups["name"].Value;
            int colon = name.IndexOf(':', StringComparison.Ordinal);
            string local = (colon < 0 ? name : name[(colon + 1)..]).ToUpperInvariant();
            switch (local)
            {
                case "NDM":
                case "COMMENT":
                    // A container, or the container's own comment before its first message.
                    continue;
                case "OMM":
                    return MessageKind.Omm;
                case "OPM":
                    return MessageKind.Opm;
                case "OEM":
                    return MessageKind.Oem;
                case "CDM":
                    return MessageKind.Cdm;
                case "TDM":
                    return MessageKind.Tdm;
                default:
                    return MessageKind.Unknown;
            }
        }

        return MessageKind.Unknown;
    }

    [GeneratedRegex(@"<(?![?!/])(?<name>[A-Za-z_][\w.:-]*)")]
    private static partial Regex ElementName();
}

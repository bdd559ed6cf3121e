namespace Concord.Formats.Ccsds;

/// <summary>What a <see cref="CcsdsToken"/> holds.</summary>
public enum CcsdsTokenKind
{
    /// <summary>A keyword and its value (<c>KEY = value [unit]</c>, or an XML element holding text).</summary>
    KeyValue = 0,

    /// <summary>A <c>COMMENT</c> line or element; <see cref="CcsdsToken.Value"/> is its text.</summary>
    Comment = 1,

    /// <summary>The start of a block: KVN <c>META_START</c>, <c>COVARIANCE_START</c>, <c>DATA_START</c> (key without
    /// <c>_START</c>), an XML element holding elements (key = element name), a JSON object or a CSV row.</summary>
    BlockStart = 2,

    /// <summary>The end of the block started by the matching <see cref="BlockStart"/>.</summary>
    BlockEnd = 3,

    /// <summary>A KVN line with no <c>=</c> that is neither a comment nor a block marker (OEM ephemeris and
    /// covariance data lines); <see cref="CcsdsToken.Value"/> is the trimmed line.</summary>
    Data = 4,
}

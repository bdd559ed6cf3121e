namespace Concord.Formats.Ccsds;

/// <summary>An encoding of CCSDS navigation data messages.</summary>
public enum CcsdsFormat
{
    /// <summary>Keyword = value notation (CCSDS 502.0 / 508.0 KVN).</summary>
    Kvn = 0,

    /// <summary>NDM/XML (CCSDS 505.0), namespace-qualified or not, single message or <c>&lt;ndm&gt;</c> container.</summary>
    Xml = 1,

    /// <summary>The JSON dialect of the catalogues (Space-Track, CelesTrak): an array of flat objects (or one object)
    /// keyed by CCSDS keywords, values as JSON numbers or strings.</summary>
    Json = 2,

    /// <summary>The CSV dialect of the catalogues (CelesTrak): a header row of CCSDS keywords, one message per row.</summary>
    Csv = 3,
}

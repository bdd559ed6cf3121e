namespace Concord.Hub.Catalog;

/// <summary>Wire names of the formats a submission is detected as (stored in <see cref="Submission.Format"/> and
/// written to the audit log).</summary>
public static class SubmissionFormats
{
    /// <summary>Two-line element sets.</summary>
    public const string Tle = "tle";

    /// <summary>Three-line element sets (at least one set has a name line).</summary>
    public const string ThreeLine = "3le";

    /// <summary>OMM, keyword = value notation.</summary>
    public const string OmmKvn = "omm-kvn";

    /// <summary>OMM, NDM/XML.</summary>
    public const string OmmXml = "omm-xml";

    /// <summary>OMM, the catalogues' JSON.</summary>
    public const string OmmJson = "omm-json";

    /// <summary>OMM, the catalogues' CSV.</summary>
    public const string OmmCsv = "omm-csv";

    /// <summary>OEM, keyword = value notation.</summary>
    public const string OemKvn = "oem-kvn";

    /// <summary>OEM, NDM/XML.</summary>
    public const string OemXml = "oem-xml";
}

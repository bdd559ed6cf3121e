namespace Concord.Formats.Ccsds.Cdm;

/// <summary>A Conjunction Data Message (CCSDS 508.0-B-1, with the keywords of the 508.0 draft v2 that real messages
/// carry): header, relative metadata/data, and one segment for each of the two objects, field by field as the blue
/// book defines them, in the standard's units.</summary>
/// <remarks>
/// <para>This is the message model (R10): <see cref="CdmReader"/> builds it from KVN or NDM/XML and
/// <see cref="CdmWriter"/> writes it back. Numbers hold exactly the decimal the text carried (no unit conversion unless
/// the input used a non-standard but compatible unit), so a round trip is exact; the unit is in each property's name.
/// Optional fields are <c>T?</c> (R12). <c>COMMENT</c> lines stay with the block they precede (CARA's
/// <c>COMMENT HBR = …</c> included). Records compare by value, lists included. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Cdm
{
    /// <summary>The header.</summary>
    public required CdmHeader Header { get; init; }

    /// <summary>The relative metadata and data (TCA, miss distance, relative state, screening, Pc).</summary>
    public required CdmRelativeMetadata RelativeMetadata { get; init; }

    /// <summary>The first object's segment (<c>OBJECT = OBJECT1</c>).</summary>
    public required CdmObject Object1 { get; init; }

    /// <summary>The second object's segment (<c>OBJECT = OBJECT2</c>).</summary>
    public required CdmObject Object2 { get; init; }

    /// <summary>User-defined parameters (<c>USER_DEFINED_*</c>), in input order.</summary>
    public EquatableArray<CdmUserDefinedParameter> UserDefinedParameters { get; init; }

    /// <summary>Comment lines before the user-defined parameters.</summary>
    public EquatableArray<string> UserDefinedComments { get; init; }

    /// <summary>The segment of object 1 (<paramref name="index"/> 0) or object 2 (1).</summary>
    public CdmObject Objects(int index) => index switch
    {
        0 => Object1,
        1 => Object2,
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "0 or 1"),
    };
}

namespace Concord.Formats.Ccsds.Omm;

/// <summary>An Orbit Mean-Elements Message (CCSDS 502.0-B-3 "Orbit Data Messages", section 4): header, metadata and
/// data, field by field as the blue book defines them, in the standard's units.</summary>
/// <remarks>
/// <para>This is the message model (R10): <see cref="OmmReader"/> builds it from KVN, XML, JSON or CSV,
/// <see cref="OmmWriter"/> writes it back, and <see cref="OmmConverter"/> maps it to SGP4 elements and TLEs.
/// Numbers hold exactly the decimal the text carried; optional fields are <c>T?</c> (R12). Records compare by value,
/// lists included. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Omm
{
    /// <summary>The header (version, creation date, originator).</summary>
    public required OmmHeader Header { get; init; }

    /// <summary>The metadata (object, centre, frame, time system, theory).</summary>
    public required OmmMetadata Metadata { get; init; }

    /// <summary>The data: mean elements and the optional blocks.</summary>
    public required OmmData Data { get; init; }
}

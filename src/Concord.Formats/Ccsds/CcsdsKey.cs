namespace Concord.Formats.Ccsds;

/// <summary>One keyword of a message's table (R10): its block, how its value is read, its standard unit, whether the
/// standard requires it, and how it is written. Every message (CDM, OMM, OPM) declares its keywords as one ordered list
/// of these; a new message is a table of these and a model.</summary>
/// <typeparam name="TSection">The message's block enumeration.</typeparam>
/// <typeparam name="TMessage">The message model the keyword is written from.</typeparam>
/// <param name="Name">The keyword.</param>
/// <param name="Section">The block it belongs to.</param>
/// <param name="Kind">How its value is read and written.</param>
/// <param name="Unit">The standard unit; null for texts and dates.</param>
/// <param name="Required">True when the standard requires it in its block.</param>
/// <param name="Write">Its value as written, from the message and the index of the repeated part the keyword is in (CDM:
/// object 0 or 1; OPM: the maneuver); null when absent.</param>
/// <param name="Order">Its position in the table as declared.</param>
internal sealed record CcsdsKey<TSection, TMessage>(
    string Name,
    TSection Section,
    CcsdsValueKind Kind,
    CcsdsUnit? Unit,
    bool Required,
    Func<TMessage, int, string?> Write,
    int Order)
    where TSection : struct, Enum
{
    /// <summary>True for numbers (real or whole): written unquoted in JSON, checked finite.</summary>
    public bool IsNumber => Kind is CcsdsValueKind.Real or CcsdsValueKind.Whole;
}

namespace Concord.Formats.Ccsds;

/// <summary>One line of a message about to be written: a keyword with its text, or a comment, in the block it belongs to.
/// Writers first turn a message into its fields (checking every value), then lay the fields out as KVN, XML, JSON or CSV.</summary>
/// <typeparam name="TSection">The message's block enumeration (<c>CdmSection</c>, <c>OmmSection</c>, ...).</typeparam>
/// <param name="Scope">Which repeated part of the message the field is in (CDM: object 1 or 2, or the message); 0 when the
/// message has no repeated part.</param>
/// <param name="Section">The block.</param>
/// <param name="Key">The keyword, or <c>COMMENT</c>.</param>
/// <param name="Text">The value as written, or the comment's text.</param>
/// <param name="Unit">The keyword's standard unit; null for texts, dates and comments.</param>
/// <param name="IsNumber">True when the value is a number (JSON writes it unquoted).</param>
/// <param name="IsComment">True for a comment.</param>
internal readonly record struct CcsdsField<TSection>(int Scope, TSection Section, string Key, string Text, CcsdsUnit? Unit, bool IsNumber, bool IsComment)
    where TSection : struct, Enum;

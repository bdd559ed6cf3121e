namespace Concord.Formats.Ccsds.Omm;

/// <summary>One OMM keyword: its block, standard unit, how it is read into the builder and how it is written.</summary>
internal sealed record OmmKey(
    string Name,
    OmmSection Section,
    CcsdsUnit? Unit,
    OmmKey.ReadHandler Read,
    Func<Omm, string?> Write,
    bool IsNumber)
{
    public delegate void ReadHandler(OmmBuilder builder, in CcsdsToken token, CcsdsParseContext context);
}

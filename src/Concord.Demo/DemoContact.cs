namespace Concord.Demo;

/// <summary>A fictional person at a demo agency (e-mail on <c>example.org</c>, RFC 2606).</summary>
/// <param name="Name">Full name.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Phone">Telephone number (fictional).</param>
public sealed record DemoContact(string Name, string Email, string Phone);

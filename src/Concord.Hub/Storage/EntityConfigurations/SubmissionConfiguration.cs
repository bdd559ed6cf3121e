using Concord.Hub.Agencies;
using Concord.Hub.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.ToTable("submissions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.AgencyCode).HasMaxLength(AgencyRules.MaxCodeLength).IsRequired();
        builder.Property(s => s.ReceivedAt).IsRequired();
        builder.Property(s => s.ContentSha256).HasMaxLength(64).IsRequired();
        builder.Property(s => s.ContentType).HasMaxLength(256).IsRequired();
        builder.Property(s => s.Format).HasMaxLength(16).IsRequired();
        builder.Property(s => s.Marking).HasMarkingConversion();
        builder.Property(s => s.RelTo).HasAgencyListConversion();
        builder.Property(s => s.IdempotencyKey).HasMaxLength(SubmissionService.MaxIdempotencyKeyLength);
        builder.Property(s => s.Warnings).IsRequired();
        // Both providers treat NULLs as distinct in a unique index, so submissions without a key never collide.
        builder.HasIndex(s => new { s.AgencyCode, s.IdempotencyKey }).IsUnique();
    }
}

using Concord.Hub.Agencies;
using Concord.Hub.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class ElementSetConfiguration : IEntityTypeConfiguration<ElementSet>
{
    public void Configure(EntityTypeBuilder<ElementSet> builder)
    {
        builder.ToTable("element_sets");
        builder.HasKey(e => e.Id);
        builder.HasOne<Submission>().WithMany().HasForeignKey(e => e.SubmissionId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Epoch).HasEpochConversion();
        builder.HasIndex(e => new { e.CatalogNumber, e.Epoch });
        builder.Property(e => e.ObjectName).HasMaxLength(128);
        builder.Property(e => e.ObjectId).HasMaxLength(64);
        builder.Property(e => e.MeanElementTheory).HasMaxLength(32).IsRequired();
        builder.Property(e => e.ClassificationType).HasMaxLength(16);
        builder.Property(e => e.Originator).HasMaxLength(AgencyRules.MaxCodeLength).IsRequired();
        builder.Property(e => e.Marking).HasMarkingConversion();
        builder.Property(e => e.RelTo).HasAgencyListConversion();
        builder.Property(e => e.StoredAt).IsRequired();
    }
}

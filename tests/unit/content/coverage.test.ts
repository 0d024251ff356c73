import { describe, expect, it } from 'vitest'
import { loadContent } from '../../../electron/core/content/load-content'
import { resourcesDir } from '../helpers'

// Every section of the course and every topic of the curriculum outline, with the notes that teach it.
// A section with no note (or a note that disappears) fails this test.
const courseSections: Record<string, string[]> = {
  'AWS S3 Overview': ['s3-overview'],
  'AWS S3 for Machine Learning': ['s3-overview'],
  'AWS S3 Data Partitioning': ['s3-data-partitioning'],
  'AWS S3 Storage Tiers': ['s3-storage-classes'],
  'S3 Lifecycle Rules': ['s3-lifecycle-rules'],
  'S3 Security - Encryption for Objects (SSE-S3, SSE-KMS, SSE-C, client side)': ['s3-encryption'],
  'S3 Security (IAM, bucket policies, ACLs)': ['s3-security'],
  'S3 Bucket Policies': ['s3-security'],
  'S3 Security – Points to Remember (VPC endpoint, logging, tags)': ['s3-security'],
  'AWS Kinesis - Overview': ['kinesis-overview'],
  'AWS Kinesis – Key Services': ['kinesis-overview'],
  'AWS Kinesis – Architecture': ['kinesis-overview'],
  'Kinesis Streams - Overview': ['kinesis-data-streams'],
  'Kinesis Data Streams - Limits': ['kinesis-data-streams-limits'],
  'Kinesis Data Firehose': ['data-firehose'],
  'Kinesis Data Firehose - Diagram': ['data-firehose'],
  'Kinesis Data Streams vs Firehose': ['kinesis-streams-vs-firehose'],
  'Kinesis Analytics – In Depth, Use Cases, Features': ['managed-service-for-apache-flink'],
  'Machine Learning on Kinesis Data Analytics (Random Cut Forest, Hotspots)': ['flink-anomaly-detection-rcf-hotspots'],
  'Kinesis Video Stream': ['kinesis-video-streams'],
  'Kinesis Summary': ['kinesis-overview'],
  'AWS Glue (Data Catalog)': ['glue-data-catalog'],
  'AWS Glue Data Catalog – Crawlers': ['glue-crawlers-and-partitions'],
  'AWS Glue and S3 Partitions': ['glue-crawlers-and-partitions'],
  'AWS Glue ETL': ['glue-etl'],
  'AWS Glue ETL - Transformations': ['glue-etl-transforms'],
  'AWS Data Store for Machine Learning (Redshift, RDS, DynamoDB, S3, Elasticsearch, ElastiCache)': ['data-stores-for-ml', 'dynamodb-for-ml'],
  'AWS Data Pipeline Features and Example': ['aws-data-pipeline'],
  'AWS Data Pipeline vs Glue': ['choosing-etl-and-orchestration'],
  'AWS Batch': ['aws-batch'],
  'AWS Batch vs Glue': ['choosing-etl-and-orchestration'],
  'AWS DMS – Database Migration Service': ['aws-dms'],
  'AWS DMS vs Glue': ['choosing-etl-and-orchestration'],
  'AWS Step Functions and its examples': ['step-functions'],
  'Exploratory Data Analysis – Kick Off, Pandas, Matplotlib, Seaborn': ['python-data-libraries'],
  'scikit_learn': ['scikit-learn'],
  'Data Science – Types of Data (numerical, categorical, ordinal)': ['types-of-data'],
  'Data Distributions (normal, PDF, PMF, Poisson, binomial, Bernoulli)': ['data-distributions'],
  'Time Series Analysis (trends, seasonality, noise, additive, multiplicative)': ['time-series-trends-seasonality'],
  'Amazon Athena': ['athena-overview'],
  'Athena and Glue': ['athena-overview'],
  'Athena Cost Model': ['athena-cost-model'],
  'Athena Security and Anti-patterns': ['athena-security-and-anti-patterns'],
  'Amazon QuickSight, Data Sources, SPICE, Use Cases': ['quicksight-overview'],
  "QuickSight's Machine Learning Insights": ['quicksight-ml-insights'],
  'QuickSight Anti-patterns, Security, User Management': ['quicksight-security-and-users'],
  'QuickSight Pricing': ['quicksight-pricing'],
}

const outlineTopics: Record<string, string[]> = {
  'DynamoDB for ML': ['dynamodb-for-ml'],
  'Glue ETL in depth': ['glue-etl', 'glue-etl-transforms'],
  'Kinesis Video Streams': ['kinesis-video-streams'],
  'Data Pipelines, AWS Batch, Step Functions': ['aws-data-pipeline', 'aws-batch', 'step-functions'],
  'EMR and Apache Spark (Spark MLlib, SageMaker Spark)': ['emr-overview', 'apache-spark-on-emr'],
  'Feature engineering: imputation': ['imputation-methods'],
  'Feature engineering: outliers': ['outliers'],
  'Feature engineering: binning and categorising': ['binning-and-categorising'],
  'Feature engineering: log transforms': ['log-and-power-transforms'],
  'Feature engineering: one-hot encoding': ['one-hot-encoding'],
  'Feature engineering: scaling, normalisation, standardisation': ['scaling-and-normalisation'],
  'Feature engineering: class imbalance': ['class-imbalance'],
  'Feature engineering: text features (TF-IDF, n-grams)': ['text-features-tfidf-ngrams'],
  'MLPs': ['multi-layer-perceptrons'],
  'CNNs': ['convolutional-neural-networks'],
  'RNNs (LSTM, GRU)': ['recurrent-neural-networks'],
  'Tuning and regularisation': ['dl-tuning-and-regularisation', 'vanishing-exploding-gradients'],
  'SageMaker architecture': ['sagemaker-architecture', 'sagemaker-training-jobs-and-channels', 'sagemaker-endpoints-and-batch-transform'],
  'Built-in algorithms': [
    'built-in-algorithms-overview', 'algo-linear-learner', 'algo-xgboost', 'algo-seq2seq', 'algo-deepar', 'algo-blazingtext',
    'algo-object2vec', 'algo-object-detection', 'algo-image-classification', 'algo-semantic-segmentation',
    'algo-random-cut-forest', 'algo-neural-topic-model', 'algo-lda', 'algo-knn', 'algo-kmeans', 'algo-pca',
    'algo-factorization-machines', 'algo-ip-insights',
  ],
  'Automatic model tuning': ['automatic-model-tuning'],
  'SageMaker with Spark': ['sagemaker-and-spark'],
  'High-level AI services': [
    'comprehend', 'translate', 'polly', 'transcribe', 'lex', 'rekognition', 'personalize', 'forecast', 'textract',
    'deeplens', 'kendra', 'augmented-ai', 'ground-truth',
  ],
  'Evaluation: confusion matrix, RMSE, precision, recall, F1, ROC/AUC': [
    'confusion-matrix', 'rmse-and-regression-metrics', 'precision-recall-f1', 'roc-and-auc', 'overfitting-and-cross-validation',
  ],
  'Using containers': ['sagemaker-containers-and-ecr'],
  'Security with SageMaker': ['sagemaker-iam', 'sagemaker-encryption', 'sagemaker-vpc-and-network-isolation'],
  'Choosing instance types': ['choosing-instance-types'],
  'A/B testing': ['ab-testing-production-variants'],
  'TensorFlow integration': ['framework-integration-tensorflow'],
  'SageMaker Neo and Greengrass': ['neo-and-greengrass'],
  'SageMaker Pipes': ['sagemaker-input-modes'],
  'Elastic Inference': ['elastic-inference-and-successors'],
  'Inference Pipelines': ['inference-pipelines'],
  'Managed spot training, autoscaling, monitoring': ['managed-spot-training', 'endpoint-autoscaling', 'monitoring-and-logging'],
}

describe('coverage of the course and the curriculum', () => {
  const { bundle } = loadContent(resourcesDir)
  for (const [name, table] of [['course section', courseSections], ['outline topic', outlineTopics]] as const) {
    for (const [section, ids] of Object.entries(table)) {
      it(`${name} “${section}” has its notes`, () => {
        expect(ids.filter((id) => !bundle.noteById.has(id))).toEqual([])
      })
    }
  }
})

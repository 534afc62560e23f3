import '../harness/environment';
